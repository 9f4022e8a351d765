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
# imported memory (no import figures); BASE_BIN=dir (e.g. main's release binaries) times that
# import beside ours and compares the two exports, IMPORT_RUNS=3 alternates three runs of each;
# IMPORT_ONLY=1 stops after the import figures.
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
if [ "${IMPORT_ONLY:-0}" != 1 ] && { [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import rapidfuzz' 2>/dev/null; }; then
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q rapidfuzz; } >&2 || echo "bench-memory: rapidfuzz could not be installed; peer figures skipped" >&2
fi
for style in $STYLES; do
    TMX="$WORK/$style-$UNITS.tmx"
    MEMORY="$WORK/memory-$style-$UNITS.sqlite"
    [ -s "$TMX" ] || "$BIN/padan-dev" generate-memory --units "$UNITS" --seed 1 --style "$style" -o "$TMX"
    echo "== $style memory"
    echo "units:                 $UNITS ($(du -h "$TMX" | cut -f1) of TMX)"

    if [ "${KEEP:-0}" != 1 ] || [ ! -s "$MEMORY" ]; then
        # With BASE_BIN, the baseline's import runs right after ours, IMPORT_RUNS times alternated
        # (medians; the machine is shared), and both memories' exports must be byte-identical.
        runs="${IMPORT_RUNS:-1}"
        times_of() { if [ "$1" = "$BIN" ]; then echo "$WORK/import-times"; else echo "$WORK/import-times-baseline"; fi; }
        for binary in "$BIN" ${BASE_BIN:+"$BASE_BIN"}; do : > "$(times_of "$binary")"; done
        for _ in $(seq "$runs"); do
            for binary in "$BIN" ${BASE_BIN:+"$BASE_BIN"}; do
                target="$MEMORY"; [ "$binary" = "$BIN" ] || target="$WORK/base-memory-$style-$UNITS.sqlite"
                rm -f "$target" "$target-wal" "$target-shm" "$target-journal"
                /usr/bin/time -f "%e %U %S %M" -o "$WORK/import-time" "$binary/padan" memory import "$TMX" --memory "$target" --quiet >/dev/null
                cat "$WORK/import-time" >> "$(times_of "$binary")"
            done
        done
        for binary in "$BIN" ${BASE_BIN:+"$BASE_BIN"}; do
            label="import:               "; [ "$binary" = "$BIN" ] || label="import, baseline:     "
            times="$(times_of "$binary")"
            median() { awk "{ print $1 }" "$times" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
            awk -v n="$UNITS" -v label="$label" -v bin="$binary" -v runs="$(wc -l < "$times")" -v w="$(median '$1')" \
                -v c="$(median '$2 + $3')" -v r="$(median '$4')" 'BEGIN {
                printf "%s %.0f units/s wall, %.0f units per CPU second (TMX parsing included; median of %d: %.1f s wall, %.1f s CPU; peak RSS %.0f MB) [%s]\n",
                    label, n / w, n / c, runs, w, c, r / 1024, bin }'
        done
        if [ -n "${BASE_BIN:-}" ]; then
            "$BIN/padan" memory export --memory "$MEMORY" -o "$WORK/export.tmx" >/dev/null
            "$BASE_BIN/padan" memory export --memory "$WORK/base-memory-$style-$UNITS.sqlite" -o "$WORK/base-export.tmx" >/dev/null
            if cmp -s "$WORK/export.tmx" "$WORK/base-export.tmx"; then echo "export:                byte-identical to the baseline's"
            else echo "export:                DIFFERS from the baseline's ($WORK/export.tmx, $WORK/base-export.tmx)"; fi
        fi
    fi
    size=$(stat -c %s "$MEMORY")
    [ -e "$MEMORY-wal" ] && size=$((size + $(stat -c %s "$MEMORY-wal")))
    awk -v b="$size" -v n="$UNITS" 'BEGIN { printf "file size:             %.1f MB (%.0f bytes/unit)\n", b / 1048576, b / n }'
    [ "${IMPORT_ONLY:-0}" = 1 ] && continue

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
