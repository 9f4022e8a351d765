#!/usr/bin/env bash
# Alignment accuracy: strict link P/R/F1 overall and per bead type, and a confidence calibration
# table, on the whole of Eval/alignment, on its development half (stories 01-18, the ones the
# model was tuned on) and on its held-out half (19-28), then on Eval/alignment-heldout (stories
# written separately and never tuned on) when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=.build/release/padan-dev
echo "-- Eval/alignment, all stories"
"$DEV" eval-alignment --dir Eval/alignment
echo "-- Eval/alignment, development half (stories 1-18)"
"$DEV" eval-alignment --dir Eval/alignment --stories 1-18
echo "-- Eval/alignment, held-out half (stories 19-28)"
"$DEV" eval-alignment --dir Eval/alignment --stories 19-28
if [ -d Eval/alignment-heldout ]; then
    echo "-- Eval/alignment-heldout (never tuned on)"
    "$DEV" eval-alignment --dir Eval/alignment-heldout
fi
