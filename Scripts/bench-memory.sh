#!/usr/bin/env bash
# Memory benchmark: import rate, peak RSS, file size, fuzzy lookup latency (indexed and full scan)
# and top-5 agreement, on two generated memories of news-like sentence pairs:
#   wire:      `WireSentences`, 32 sentence patterns with person, place and organisation names from
#              a long tail (about 30,000 surnames, 5,000 regencies and villages, real cities), dates,
#              amounts and optional attributions, every slot drawn with Zipf-like frequencies: the
#              variety of a real wire archive, where a fresh sentence shares its words with few units;
#   templated: `NewsSentences`, the first benchmark memory: five patterns over short lists, so a fresh
#              sentence shares most of its words with tens of thousands of units (harsher than real
#              copy for lookup; kept so that figures stay comparable and nobody meets the goal by
#              making the test easier).
# Queries (1,000): a fifth memory sentences as they are, two fifths memory sentences with one
# number, word or letter case changed, two fifths fresh sentences from the same generator.
# UNITS=100000 bash Scripts/bench-memory.sh for a quicker run; STYLES=wire for one memory only;
# binaries from `swift build -c release` (BIN=other/dir to time other ones).
set -euo pipefail
cd "$(dirname "$0")/.."
UNITS="${UNITS:-1000000}"
QUERIES="${QUERIES:-1000}"
STYLES="${STYLES:-wire templated}"
BIN="${BIN:-.build/release}"
WORK=.build/bench-memory
mkdir -p "$WORK"
for style in $STYLES; do
    TMX="$WORK/$style-$UNITS.tmx"
    MEMORY="$WORK/memory-$style-$UNITS.sqlite"
    rm -f "$MEMORY" "$MEMORY-wal" "$MEMORY-shm"
    [ -s "$TMX" ] || "$BIN/padan-dev" generate-memory --units "$UNITS" --seed 1 --style "$style" -o "$TMX"
    echo "== $style memory"
    echo "units:                 $UNITS ($(du -h "$TMX" | cut -f1) of TMX)"

    /usr/bin/time -f "%e %U %S %M" -o "$WORK/import-time" "$BIN/padan" memory import "$TMX" --memory "$MEMORY" --quiet >/dev/null
    read -r wall user system rss < "$WORK/import-time"
    awk -v n="$UNITS" -v w="$wall" -v u="$user" -v k="$system" -v r="$rss" 'BEGIN { c = u + k
        printf "import:                %.1f s, %.0f units/s (TMX parsing included; %.1f s CPU, %.0f units per CPU second; peak RSS %.0f MB)\n", w, n / w, c, n / c, r / 1024 }'
    size=$(stat -c %s "$MEMORY")
    [ -e "$MEMORY-wal" ] && size=$((size + $(stat -c %s "$MEMORY-wal")))
    awk -v b="$size" -v n="$UNITS" 'BEGIN { printf "file size:             %.1f MB (%.0f bytes/unit)\n", b / 1048576, b / n }'

    "$BIN/padan-dev" bench-memory --memory "$MEMORY" --units "$UNITS" --queries "$QUERIES" --style "$style"
done
