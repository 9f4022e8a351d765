#!/usr/bin/env bash
# Memory benchmark: import rate, file size, fuzzy lookup latency (indexed and full scan) and
# top-5 agreement on a memory of generated news-like sentences.
# UNITS=100000 bash Scripts/bench-memory.sh for a quicker run; binaries from `swift build -c release`.
set -euo pipefail
cd "$(dirname "$0")/.."
UNITS="${UNITS:-1000000}"
QUERIES="${QUERIES:-1000}"
BIN=.build/release
WORK=.build/bench-memory
mkdir -p "$WORK"
TMX="$WORK/news-$UNITS.tmx"
MEMORY="$WORK/memory-$UNITS.sqlite"
rm -f "$MEMORY" "$MEMORY-wal" "$MEMORY-shm"

[ -s "$TMX" ] || "$BIN/padan-dev" generate-memory --units "$UNITS" --seed 1 -o "$TMX"
echo "units:                 $UNITS ($(du -h "$TMX" | cut -f1) of TMX)"

/usr/bin/time -f "%e %U %S" -o "$WORK/import-time" "$BIN/padan" memory import "$TMX" --memory "$MEMORY" --quiet >/dev/null
read -r wall user system < "$WORK/import-time"
awk -v n="$UNITS" -v w="$wall" -v u="$user" -v k="$system" 'BEGIN { c = u + k
    printf "import:                %.1f s, %.0f units/s (TMX parsing included; %.1f s CPU, %.0f units per CPU second)\n", w, n / w, c, n / c }'
size=$(stat -c %s "$MEMORY")
[ -e "$MEMORY-wal" ] && size=$((size + $(stat -c %s "$MEMORY-wal")))
awk -v b="$size" -v n="$UNITS" 'BEGIN { printf "file size:             %.1f MB (%.0f bytes/unit)\n", b / 1048576, b / n }'

"$BIN/padan-dev" bench-memory --memory "$MEMORY" --units "$UNITS" --queries "$QUERIES"
