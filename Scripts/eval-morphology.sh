#!/usr/bin/env bash
# make eval: the Indonesian analyser's accuracy on the team's gold list (Eval/morphology/gold.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."
GOLD=${GOLD:-Eval/morphology/gold.tsv}
if [ ! -f "$GOLD" ]; then
    echo "eval-morphology: $GOLD not found; skipped" >&2
    exit 0
fi
.build/release/padan-dev eval-morphology --gold "$GOLD"
