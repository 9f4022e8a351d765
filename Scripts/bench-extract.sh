#!/usr/bin/env bash
# make bench: `padan term extract` on the generated wire memory of bench-memory.sh (UNITS, default
# 1,000,000; built here when missing, reused when there): wall and processor time and peak RSS on
# all cores, then the same on one core (`--cores 1`) as the peer in the same run; the two outputs
# must be identical. The load average is printed too, as wall time on a shared machine depends on it.
# BIN=other/dir times other binaries (default .build/release).
set -euo pipefail
cd "$(dirname "$0")/.."
UNITS="${UNITS:-1000000}"
BIN="${BIN:-.build/release}"
WORK=.build/bench-memory
mkdir -p "$WORK"
TMX="$WORK/wire-$UNITS.tmx"
MEMORY="$WORK/memory-wire-$UNITS.sqlite"
[ -s "$TMX" ] || "$BIN/padan-dev" generate-memory --units "$UNITS" --seed 1 --style wire -o "$TMX"
[ -s "$MEMORY" ] || "$BIN/padan" memory import "$TMX" --memory "$MEMORY" --quiet >/dev/null
for cores in all 1; do
    flag=(); [ "$cores" = all ] || flag=(--cores "$cores")
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/extract-time" "$BIN/padan" term extract --memory "$MEMORY" "${flag[@]}" \
        -o "$WORK/extract-$cores.tsv" 2>/dev/null
    read -r wall user system rss < "$WORK/extract-time"
    awk -v c="$cores" -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$UNITS" 'BEGIN {
        printf "term extract, %d-unit wire memory, %s cores: %.1f s wall, %.1f s CPU, peak RSS %.0f MB (load average %s) (goal: < 120 s wall)\n", n, c, w, u + s, r / 1024, l }'
done
cmp -s "$WORK/extract-all.tsv" "$WORK/extract-1.tsv" && echo "term extract: the same output on all cores and on one" \
    || echo "term extract: OUTPUT DIFFERS between all cores and one core"
