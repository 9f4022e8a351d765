#!/usr/bin/env bash
# make eval: the glossary and its composed renderings on the blind lists of issue 14
# (Eval/glossary/, written by someone who never sees the glossaries; skipped when absent).
# Prints counts and percentages only, never the phrases.
set -euo pipefail
cd "$(dirname "$0")/.."
.build/release/padan-dev eval-glossary --glossary Glossaries
# The fresh lists of 2026-12-01, written blind by another writer after the first ones were scored.
if [[ -f Eval/glossary/heldout-v2.tsv ]]; then
    .build/release/padan-dev eval-glossary --glossary Glossaries \
        --heldout Eval/glossary/heldout-v2.tsv --composition Eval/glossary/composition-v2.tsv
fi
