#!/usr/bin/env bash
# Alignment accuracy on Eval/alignment: strict link P/R/F1 overall and per bead type.
set -euo pipefail
cd "$(dirname "$0")/.."
.build/release/padan-dev eval-alignment --dir Eval/alignment
