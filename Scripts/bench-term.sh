#!/usr/bin/env bash
# make bench: a 10,000-entry glossary (the shipped one topped up with generated entries) over
# 10 MB of generated Indonesian text: glossary load time, matching MB/s with morphology on, and
# peak RSS; medians of 3 runs, on two texts:
#   news:    words drawn from a 60,000-form vocabulary with Zipf-like frequencies (about 78,000
#            distinct tokens in 10 MB, counting capitalised and term words), as in news copy;
#   uniform: every word a fresh random affixed form (about 185,000 distinct forms in 10 MB), a
#            harsher load than real text that stresses the analyser; kept so that a slow
#            analyser cannot hide behind the cache.
# Then the whole `padan term find` process on each text (read, glossary load, matching, phrase
# composition, output), and the peers on the same glossary and text in the same run (pip, in a
# venv under .build/): pyahocorasick and flashtext, which find exact strings only.
# BIN=other/dir times other binaries (default .build/release).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.build/release}"
DEV="$BIN/padan-dev"
WORK=.build/bench-term
mkdir -p "$WORK"
VENV=.build/bench-venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import ahocorasick, flashtext' 2>/dev/null; then
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q pyahocorasick flashtext; } >&2 || echo "bench-term: pyahocorasick or flashtext could not be installed; peer figures skipped" >&2
fi
for kind in news uniform; do
    if [ ! -f "$WORK/text-$kind.txt" ] || [ ! -f "$WORK/glossary.tsv" ]; then
        frequencies=$([ "$kind" = news ] && echo zipf || echo uniform)
        "$DEV" generate-glossary --entries 10000 --megabytes 10 --word-frequencies "$frequencies" \
            --glossary-output "$WORK/glossary.tsv" --text-output "$WORK/text-$kind.txt"
    fi
done
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
    echo "bench-term: /usr/bin/time missing (apt-get install time); peak RSS not measured" >&2
fi
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
for kind in news uniform; do
    loads=(); rates=(); rss=(); cpuloads=(); cpurates=()
    for run in 1 2 3; do
        if [ -x "$TIME" ]; then
            line=$("$TIME" -v "$DEV" bench-term --glossary "$WORK/glossary.tsv" --text "$WORK/text-$kind.txt" 2>"$WORK/time.txt")
            rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")")
        else
            line=$("$DEV" bench-term --glossary "$WORK/glossary.tsv" --text "$WORK/text-$kind.txt")
        fi
        echo "$kind run $run: $line"
        loads+=("$(sed -E 's/.*  load ([0-9.]+) ms  text.*/\1/' <<<"$line")")
        rates+=("$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$line")")
        cpuloads+=("$(sed -E 's/.*time: load ([0-9.]+) ms.*/\1/' <<<"$line")")
        cpurates+=("$(sed -E 's/.*match ([0-9.]+) s\)/\1/' <<<"$line" | awk '{printf "%.1f", 10 / $1}')")
    done
    summary="term matcher, $kind text: load $(median "${loads[@]}") ms, $(median "${rates[@]}") MB/s"
    if [ ${#rss[@]} -gt 0 ]; then summary+=", peak RSS $(( $(median "${rss[@]}") / 1024 )) MB"; fi
    echo "$summary (goal: load < 200 ms, >= 80 MB/s)"
    echo "term matcher, $kind text, processor time (all cores): load $(median "${cpuloads[@]}") ms, $(median "${cpurates[@]}") MB per processor-second"
    walls=(); cpus=()
    for run in 1 2 3; do
        /usr/bin/time -f "%e %U %S" -o "$WORK/find-time" "$BIN/padan" term find "$WORK/text-$kind.txt" --glossary "$WORK/glossary.tsv" --lenient --quiet >/dev/null
        read -r wall user system < "$WORK/find-time"
        walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
    done
    awk -v w="$(median "${walls[@]}")" -v c="$(median "${cpus[@]}")" -v k="$kind" -v b="$(stat -c %s "$WORK/text-$kind.txt")" 'BEGIN {
        printf "term find process, %s text: %.2f s, %.1f MB/s (%.2f s CPU, %.1f MB per processor-second) (goal: >= 50 MB/s)\n", k, w, b / 1e6 / w, c, b / 1e6 / c }'
    if [ -x "$VENV/bin/python" ]; then
        "$VENV/bin/python" Scripts/term-peers.py "$WORK/glossary.tsv" "$WORK/text-$kind.txt" | sed "s/^/$kind text, /"
    fi
done
