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

# The peer: Gale and Church's length-only aligner as NLTK ships it, on the 1k pair only: it
# searches the whole n×m lattice and keeps a back-pointer per cell, so 10k sentences a side
# would need 100 million Python dictionary entries (tens of GB).
. Scripts/install-package.sh
/usr/bin/python3 -c 'import nltk.translate.gale_church' 2>/dev/null || install_package python3-nltk || true
if /usr/bin/python3 -c 'import nltk.translate.gale_church' 2>/dev/null; then
    /usr/bin/time -v /usr/bin/python3 Scripts/gale-church-peer.py "$WORK/1000" "$WORK/peer" 2>"$WORK/time.txt"
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/time.txt")
    f1=$("$DEV" eval-alignment --dir "$WORK/1000" --predicted "$WORK/peer" | awk '/^overall/ { print $NF }')
    printf 'peer: Gale-Church, length only (NLTK), 1000 sentences: %s s wall, %s s CPU, %s MB peak RSS, F1 %s\n' \
        "$seconds" "$cpu" "$rss" "$f1"
else
    echo "peer: python3-nltk could not be installed; Gale-Church figures skipped"
fi
