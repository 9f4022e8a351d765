#!/usr/bin/env bash
# make demo: the main job on the bundled example data (filled in as the issues land).
set -euo pipefail
cd "$(dirname "$0")/.."
PADAN=.build/release/padan
$PADAN --help
