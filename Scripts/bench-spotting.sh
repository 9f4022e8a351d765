#!/usr/bin/env bash
# make bench: what translation spotting adds to `padan memory search` (goal: < 5 ms per hit
# shown). The memory holds every gold link of the plain documents of ../shared/align-dev as one
# unit (about 6,200; built here when missing, reused when there). For each query, the search with
# spotting (default --limit 20, --sample 200, prior of the shipped glossary and FreeDict when
# installed) and with --no-spot run in turn, 7 times each; the row is the median CPU time
# (user + system, /usr/bin/time) of each and (spotted − plain) / hits shown. The prior's lists are
# read through a cache of their model-word counts (CountsCache, here under $WORK/cache): the
# median is of warm runs, and the first search after a new build or list (cold) is shown apart;
# the same search with PADAN_NO_CACHE=1 (the lists read and analysed on every search, as before
# the cache) runs alongside as the peer.
# BIN=other/dir times other binaries (default .build/release); RUNS=n changes the count.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.build/release}"
REAL=../shared/align-dev
RUNS="${RUNS:-7}"
WORK=.build/bench-spotting
if [ ! -d "$REAL" ]; then echo "bench-spotting: $REAL is not there (it sits beside the clone); skipped"; exit 0; fi
mkdir -p "$WORK"
MEMORY="$WORK/memory-align-dev.sqlite"
if [ ! -s "$MEMORY" ]; then
    python3 - "$REAL" > "$WORK/align-dev.tmx" <<'EOF'
import sys, os, html, re
root = sys.argv[1]
def clean(text):  # XML 1.0 allows no control characters but tab and line ends
    return html.escape(re.sub('[\x00-\x08\x0b\x0c\x0e-\x1f]', ' ', text), quote=False)
print('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench-spotting" creationtoolversion="1" '
      'segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/><body>')
for name in sorted(n for n in os.listdir(root) if n.endswith('.gold') and '-hard' not in n):
    stem = os.path.join(root, name[:-5])
    lines = {side: open(f'{stem}.{side}.txt', encoding='utf-8').read().split('\n') for side in ('id', 'en')}
    for link in open(os.path.join(root, name), encoding='utf-8').read().split('\n'):
        sides = link.split('\t')
        if len(sides) != 2: continue
        text = [' '.join(lines[side][int(i)] for i in field.split(',') if i and int(i) < len(lines[side]))
                for field, side in zip(sides, ('id', 'en'))]
        if text[0] and text[1]:
            print('<tu>' + ''.join(f'<tuv xml:lang="{lang}"><seg>{clean(t)}</seg></tuv>'
                                   for lang, t in zip(('id', 'en'), text)) + '</tu>')
print('</body></tmx>')
EOF
    "$BIN/padan" memory import "$WORK/align-dev.tmx" --memory "$MEMORY" --quiet >/dev/null
fi
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
export XDG_CACHE_HOME="$PWD/$WORK/cache"
rm -rf "$XDG_CACHE_HOME"
cpu() { /usr/bin/time -f '%U %S' -o "$WORK/time" "$BIN/padan" memory search "$@" --memory "$MEMORY" > "$WORK/out"; awk '{ print $1 + $2 }' "$WORK/time"; }
cold=$(cpu pemerintah)
for query in pemerintah "harga minyak"; do
    spotted=(); plain=(); uncached=()
    for _ in $(seq "$RUNS"); do
        spotted+=("$(cpu "$query")")
        hits=$(grep -c '^[=~] ' "$WORK/out" || true)
        plain+=("$(cpu "$query" --no-spot)")
        uncached+=("$(PADAN_NO_CACHE=1 cpu "$query")")
    done
    awk -v q="$query" -v s="$(median "${spotted[@]}")" -v p="$(median "${plain[@]}")" -v u="$(median "${uncached[@]}")" -v h="$hits" -v n="$RUNS" \
        -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        printf "memory search \"%s\" on the align-dev memory: %.3f s CPU spotted, %.3f s --no-spot (medians of %d), %d hits shown: %.1f ms per hit (goal: < 5 ms); PADAN_NO_CACHE=1 %.3f s, %.1f ms per hit (load average %s)\n",
            q, s, p, n, h, (h > 0 ? 1000 * (s - p) / h : 0), u, (h > 0 ? 1000 * (u - p) / h : 0), l }'
done
echo "memory search \"pemerintah\", the first run after a new build or list (the prior's lists read, their cache written): $cold s CPU"
