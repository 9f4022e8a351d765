#!/usr/bin/env bash
# Translation spotting accuracy (issue 15): exact and overlapping English span for the
# Indonesian query of each row of Eval/spotting/gold.tsv (positions only; the sentences are read
# from ../shared/align-dev), the word model the table of a fresh memory into which every plain align-dev pair is
# imported, smoothed by the spotting prior (the shipped glossary and FreeDict's English-Indonesian
# dictionary, installed here when missing, as the README's figures were measured with it).
# Goals: exact >= 80 %, overlap >= 95 %.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=.build/release/padan-dev
REAL=../shared/align-dev
. Scripts/install-package.sh
if [ -d "$REAL" ]; then
    [ -f /usr/share/dictd/freedict-eng-ind.index ] || install_package dict-freedict-eng-ind || true
    [ -f /usr/share/dictd/freedict-eng-ind.index ] || echo "-- dict-freedict-eng-ind could not be installed; the prior has the glossary only"
    echo "-- Eval/spotting/gold.tsv on $REAL (word model: a fresh memory holding all its plain pairs)"
    "$DEV" eval-spotting --dir "$REAL" --by-kind
    if [ -s Eval/spotting/dev.tsv ]; then
        echo "-- Eval/spotting/dev.tsv (the development set that tuning may look at)"
        "$DEV" eval-spotting --gold Eval/spotting/dev.tsv --dir "$REAL" --by-kind
        echo "-- Eval/spotting/dev.tsv, each row's model from its own article alone (a tiny memory)"
        "$DEV" eval-spotting --gold Eval/spotting/dev.tsv --dir "$REAL" --training document | sed -n '/^group/,/^all/p'
    fi
else
    echo "-- $REAL is not there (it sits beside the clone); spotting figures skipped"
fi
