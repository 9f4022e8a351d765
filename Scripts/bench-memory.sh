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
# Each threshold in THRESHOLDS (default 70 and 1) is timed in-process (single lookups and one batch
# call), against rapidfuzz's brute-force word-level top-5 over the same units and queries (pip,
# in a venv under .build/); then `padan memory lookup --file` as a whole process, and single
# lookups as new processes with the memory file dropped from the page cache (cold) or not.
# UNITS=100000 bash Scripts/bench-memory.sh for a quicker run; STYLES=wire for one memory only;
# binaries from `swift build -c release` (BIN=other/dir to time other ones); KEEP=1 reuses an
# imported memory (no import figures).
set -euo pipefail
cd "$(dirname "$0")/.."
UNITS="${UNITS:-1000000}"
QUERIES="${QUERIES:-1000}"
STYLES="${STYLES:-wire templated}"
THRESHOLDS="${THRESHOLDS:-70 1}"
COLD="${COLD:-50}"
BIN="${BIN:-.build/release}"
WORK=.build/bench-memory
mkdir -p "$WORK"
VENV=.build/bench-venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import rapidfuzz' 2>/dev/null; then
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q rapidfuzz; } >&2 || echo "bench-memory: rapidfuzz could not be installed; peer figures skipped" >&2
fi
for style in $STYLES; do
    TMX="$WORK/$style-$UNITS.tmx"
    MEMORY="$WORK/memory-$style-$UNITS.sqlite"
    [ -s "$TMX" ] || "$BIN/padan-dev" generate-memory --units "$UNITS" --seed 1 --style "$style" -o "$TMX"
    echo "== $style memory"
    echo "units:                 $UNITS ($(du -h "$TMX" | cut -f1) of TMX)"

    if [ "${KEEP:-0}" != 1 ] || [ ! -s "$MEMORY" ]; then
        rm -f "$MEMORY" "$MEMORY-wal" "$MEMORY-shm"
        /usr/bin/time -f "%e %U %S %M" -o "$WORK/import-time" "$BIN/padan" memory import "$TMX" --memory "$MEMORY" --quiet >/dev/null
        read -r wall user system rss < "$WORK/import-time"
        awk -v n="$UNITS" -v w="$wall" -v u="$user" -v k="$system" -v r="$rss" 'BEGIN { c = u + k
            printf "import:                %.1f s, %.0f units/s (TMX parsing included; %.1f s CPU, %.0f units per CPU second; peak RSS %.0f MB)\n", w, n / w, c, n / c, r / 1024 }'
    fi
    size=$(stat -c %s "$MEMORY")
    [ -e "$MEMORY-wal" ] && size=$((size + $(stat -c %s "$MEMORY-wal")))
    awk -v b="$size" -v n="$UNITS" 'BEGIN { printf "file size:             %.1f MB (%.0f bytes/unit)\n", b / 1048576, b / n }'

    QUERY_FILE="$WORK/queries-$style-$UNITS.txt"
    for threshold in $THRESHOLDS; do
        echo "-- threshold $threshold"
        "$BIN/padan-dev" bench-memory --memory "$MEMORY" --units "$UNITS" --queries "$QUERIES" --style "$style" \
            --threshold "$threshold" --write-queries "$QUERY_FILE"
        start=$(date +%s.%N)
        "$BIN/padan" memory lookup --file "$QUERY_FILE" --threshold "$threshold" --memory "$MEMORY" >/dev/null
        awk -v s="$start" -v e="$(date +%s.%N)" -v n="$QUERIES" 'BEGIN { printf "lookup --file process:  %.2f s for %d queries (%.2f ms a query, start-up included)\n", e - s, n, 1000 * (e - s) / n }'
    done
    if "$VENV/bin/python" -c 'import rapidfuzz' 2>/dev/null; then
        "$VENV/bin/python" Scripts/fuzzy-peer.py "$MEMORY" "$QUERY_FILE" $THRESHOLDS
    fi
    for threshold in $THRESHOLDS; do
        python3 Scripts/cold-lookups.py "$BIN/padan" "$MEMORY" "$QUERY_FILE" "$COLD" "$threshold"
    done
done
