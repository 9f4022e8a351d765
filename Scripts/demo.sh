#!/usr/bin/env bash
# make demo: Padan's main job on the bundled example data, in a fresh embedded default store.
#   1. check the sample memories, 2. align an archived article pair, 3. import the memories into
#   a fresh store, 4. find the glossary terms in new copy, 5. suggest translations for it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.build/release:$PATH"
# A fresh default store for the demo: PADAN_HOME decides where memory.sqlite lives.
export PADAN_HOME="$PWD/.build/demo"
rm -rf "$PADAN_HOME"
mkdir -p "$PADAN_HOME"

run() {
    printf '\n$ %s\n' "$*"
    "$@"
}

run padan tmx validate TMX/sample.tmx TMX/desk-memory.tmx
run padan tmx stats TMX/desk-memory.tmx
run padan align --format tsv Examples/archive/fighter-jet.id.txt Examples/archive/fighter-jet.en.txt
run padan memory import TMX/desk-memory.tmx TMX/sample.tmx
run padan term find Examples/new-launch.id.txt
run padan suggest Examples/new-launch.id.txt
