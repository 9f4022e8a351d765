#!/usr/bin/env bash
# make bench: runs every Scripts/bench-*.sh in turn; each prints its own figures.
set -euo pipefail
cd "$(dirname "$0")/.."
for bench in Scripts/bench-*.sh; do
    [ -e "$bench" ] || continue
    echo "== $bench"
    bash "$bench"
done
