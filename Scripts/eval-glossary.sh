#!/usr/bin/env bash
# make eval: the glossary and its composed renderings on the blind lists of issue 14
# (Eval/glossary/, written by someone who never sees the glossaries; skipped when absent).
# Prints counts and percentages only, never the phrases.
set -euo pipefail
cd "$(dirname "$0")/.."
.build/release/padan-dev eval-glossary --glossary Glossaries
