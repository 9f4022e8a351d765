#!/usr/bin/env bash
# make eval: runs every Scripts/eval-*.sh in turn; each prints its own figures.
set -euo pipefail
cd "$(dirname "$0")/.."
for evaluation in Scripts/eval-*.sh; do
    [ -e "$evaluation" ] || continue
    echo "== $evaluation"
    bash "$evaluation"
done
