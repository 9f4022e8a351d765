#!/usr/bin/env bash
# Alignment time and peak memory at 1k, 10k and 50k sentences a side (presplit input built by
# repeating and shuffling the development set as whole documents), and the F1 against the
# true alignment of the generated pair. cpu-s is user + system time: the machine is shared, so
# wall time includes waiting for a core.
set -euo pipefail
cd "$(dirname "$0")/.."
PADAN=.build/release/padan
DEV=.build/release/padan-dev
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '%-10s %10s %10s %12s %10s %8s\n' sentences wall-s cpu-s peak-RSS-MB wall-s/1k F1
for size in 1000 10000 50000; do
    dir="$WORK/$size"
    "$DEV" generate-alignment-bench --dir Eval/alignment --sentences "$size" --output "$dir" --name "bench-$size" >/dev/null
    /usr/bin/time -v "$PADAN" align --presplit --format links --quiet -o "$WORK/out.links" \
        "$dir/bench-$size.id.txt" "$dir/bench-$size.en.txt" 2>"$WORK/time.txt"
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/time.txt")
    f1=$("$DEV" eval-alignment --dir "$dir" | awk '/^overall/ { print $NF }')
    printf '%-10s %10s %10s %12s %10.3f %8s\n' "$size" "$seconds" "$cpu" "$rss" "$(echo "$seconds / ($size / 1000)" | bc -l)" "$f1"
done
