#!/usr/bin/env bash
# Alignment accuracy: strict link P/R/F1 overall and per bead type, and a confidence calibration
# table, on the whole of Eval/alignment, on its development half (stories 01-18, the ones the
# model was tuned on) and on its held-out half (19-28), then on Eval/alignment-heldout (stories
# written separately and never tuned on) when it exists. Then the peer, Gale and Church's
# length-only aligner as NLTK ships it (Scripts/gale-church-peer.py), scored the same way.
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

. Scripts/install-package.sh
/usr/bin/python3 -c 'import nltk.translate.gale_church' 2>/dev/null || install_package python3-nltk || true
if /usr/bin/python3 -c 'import nltk.translate.gale_church' 2>/dev/null; then
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    for set in Eval/alignment Eval/alignment-heldout; do
        [ -d "$set" ] || continue
        /usr/bin/python3 Scripts/gale-church-peer.py "$set" "$WORK/$(basename "$set")"
        echo "-- peer: Gale-Church, length only (NLTK), on $set"
        "$DEV" eval-alignment --dir "$set" --predicted "$WORK/$(basename "$set")" | grep -E '^(kind|non-1-1|overall)'
    done
else
    echo "-- peer: python3-nltk could not be installed; Gale-Church figures skipped"
fi
