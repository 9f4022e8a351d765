#!/usr/bin/env bash
# Alignment accuracy: strict link P/R/F1 overall and per bead type, and a confidence calibration
# table, on the whole of Eval/alignment, on its development half (stories 01-18, the ones the
# model was tuned on) and on its held-out half (19-28), then on Eval/alignment-heldout (stories
# written separately and never tuned on) when it exists. Then the peer, Gale and Church's
# length-only aligner as NLTK ships it (Scripts/gale-church-peer.py), scored the same way.
# Then the real development set, ../shared/align-dev (120 real document pairs, plain and -hard;
# its README), per domain, with and without the word-translation model, as one batch, with FreeDict's
# English-Indonesian dictionary when it can be installed, all plain pairs as one input, and the
# same peer.
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

REAL=../shared/align-dev
if [ -d "$REAL" ]; then
    echo "-- $REAL: real text, pre-split, word model learned from each pair (no dictionary)"
    "$DEV" eval-alignment --dir "$REAL" --by-domain
    echo "-- $REAL: all 240 pairs as one batch (padan align --batch): the word model learned from all of them"
    "$DEV" eval-alignment --dir "$REAL" --by-domain --batch | sed -n '/^group/,$p'
    echo "-- $REAL: length and anchors only (the aligner before the word model)"
    "$DEV" eval-alignment --dir "$REAL" --by-domain --no-word-model | sed -n '/^group/,/^confidence/p'
    echo "-- $REAL: the 120 plain pairs as one input (a corpus import)"
    "$DEV" eval-alignment --dir "$REAL" --exclude=-hard --concatenate
    echo "-- $REAL: the 120 -hard pairs as one input"
    "$DEV" eval-alignment --dir "$REAL" --only=-hard --concatenate
else
    echo "-- $REAL is not there (it sits beside the clone); real-text figures skipped"
fi

. Scripts/install-package.sh
if [ -d "$REAL" ]; then
    [ -f /usr/share/dictd/freedict-eng-ind.index ] || install_package dict-freedict-eng-ind || true
    if [ -f /usr/share/dictd/freedict-eng-ind.index ]; then
        echo "-- $REAL: word model seeded with FreeDict's English-Indonesian dictionary (dict-freedict-eng-ind)"
        "$DEV" eval-alignment --dir "$REAL" --by-domain --freedict | sed -n '/^group/,/^confidence/p'
    else
        echo "-- dict-freedict-eng-ind could not be installed; the seeded figures skipped"
    fi
fi
/usr/bin/python3 -c 'import nltk.translate.gale_church' 2>/dev/null || install_package python3-nltk || true
if /usr/bin/python3 -c 'import nltk.translate.gale_church' 2>/dev/null; then
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    for set in Eval/alignment Eval/alignment-heldout ../shared/align-dev; do
        [ -d "$set" ] || continue
        /usr/bin/python3 Scripts/gale-church-peer.py "$set" "$WORK/$(basename "$set")"
        echo "-- peer: Gale-Church, length only (NLTK), on $set"
        if [ "$set" = "$REAL" ]; then
            "$DEV" eval-alignment --dir "$set" --predicted "$WORK/$(basename "$set")" --by-domain | sed -n '/^group/,/^confidence/p' | grep -v '^confidence'
        else
            "$DEV" eval-alignment --dir "$set" --predicted "$WORK/$(basename "$set")" | grep -E '^(kind|non-1-1|overall)'
        fi
    done
else
    echo "-- peer: python3-nltk could not be installed; Gale-Church figures skipped"
fi
