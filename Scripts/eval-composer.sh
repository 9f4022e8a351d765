#!/usr/bin/env bash
# make eval: composed renderings confirmed by real translations (padan-dev eval-composer) on the
# development pairs in ../shared/align-dev, a lower bound on the composer's precision; skipped
# when that directory is absent (as on CI).
set -euo pipefail
cd "$(dirname "$0")/.."
DEV_SET=../shared/align-dev
if [ ! -d "$DEV_SET" ]; then
    echo "$DEV_SET: absent, skipped (development text is not part of the repository)"
    exit 0
fi
.build/release/padan-dev eval-composer --dir "$DEV_SET" --glossary Glossaries
