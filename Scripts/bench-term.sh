#!/usr/bin/env bash
# make bench: a 10,000-entry glossary (the shipped one topped up with generated entries) over
# 10 MB of generated Indonesian text: glossary load time, matching MB/s with morphology on, and
# peak RSS; medians of 3 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=.build/release/padan-dev
WORK=.build/bench-term
mkdir -p "$WORK"
if [ ! -f "$WORK/text.txt" ] || [ ! -f "$WORK/glossary.tsv" ]; then
    "$DEV" generate-glossary --entries 10000 --megabytes 10 --glossary-output "$WORK/glossary.tsv" --text-output "$WORK/text.txt"
fi
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
    echo "bench-term: /usr/bin/time missing (apt-get install time); peak RSS not measured" >&2
fi
loads=(); rates=(); rss=()
for run in 1 2 3; do
    if [ -x "$TIME" ]; then
        line=$("$TIME" -v "$DEV" bench-term --glossary "$WORK/glossary.tsv" --text "$WORK/text.txt" 2>"$WORK/time.txt")
        rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")")
    else
        line=$("$DEV" bench-term --glossary "$WORK/glossary.tsv" --text "$WORK/text.txt")
    fi
    echo "run $run: $line"
    loads+=("$(sed -E 's/.*load ([0-9.]+) ms.*/\1/' <<<"$line")")
    rates+=("$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$line")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "term matcher: load $(median "${loads[@]}") ms, $(median "${rates[@]}") MB/s (goal: load < 200 ms, >= 5 MB/s)"
if [ ${#rss[@]} -gt 0 ]; then echo "term matcher: peak RSS $(( $(median "${rss[@]}") / 1024 )) MB"; fi
