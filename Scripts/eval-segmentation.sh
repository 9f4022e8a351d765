#!/usr/bin/env bash
# Sentence segmentation: boundary precision, recall and F1 per language on Eval/segmentation.
set -euo pipefail
cd "$(dirname "$0")/.."
.build/release/padan-dev eval-segmentation --gold-dir Eval/segmentation
