#!/usr/bin/env bash
# Translation spotting accuracy (issue 15): exact and overlapping English span for the
# Indonesian query of each row of Eval/spotting/gold.tsv (positions only; the sentences are read
# from ../shared/align-dev), the word model the table of a fresh memory into which every plain align-dev pair is
# imported. Goals: exact >= 80 %, overlap >= 95 %.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=.build/release/padan-dev
REAL=../shared/align-dev
if [ -d "$REAL" ]; then
    echo "-- Eval/spotting/gold.tsv on $REAL (word model: a fresh memory holding all its plain pairs)"
    "$DEV" eval-spotting --dir "$REAL" --by-kind
    if [ -s Eval/spotting/dev.tsv ]; then
        echo "-- Eval/spotting/dev.tsv (the development set that tuning may look at)"
        "$DEV" eval-spotting --gold Eval/spotting/dev.tsv --dir "$REAL" --by-kind
    fi
else
    echo "-- $REAL is not there (it sits beside the clone); spotting figures skipped"
fi
