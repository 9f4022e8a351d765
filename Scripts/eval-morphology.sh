#!/usr/bin/env bash
# make eval: the Indonesian analyser's accuracy on the team's word lists.
#   gold.tsv    the development list (the lexicon was extended while looking at its misses)
#   heldout.tsv the blind list, never looked at while tuning
set -euo pipefail
cd "$(dirname "$0")/.."
for list in Eval/morphology/gold.tsv Eval/morphology/heldout.tsv; do
    printf '%-32s ' "$list"
    .build/release/padan-dev eval-morphology --gold "$list"
done
