#!/usr/bin/env bash
# Hostile XML beyond the fixtures, generated on the fly and streamed (nothing large is stored):
# 10^5-deep nesting, a 1 GB single text node, an attribute flood, a million tiny units. Each
# must end in bounded memory (peak RSS under HOSTILE_RSS_MB, default 300) with a clear error
# (exit 65, file:line:column) where a limit is passed, or succeed for the million units.
#
#   bash Scripts/hostile-xml-test.sh
#   PADAN=/path/to/padan bash Scripts/hostile-xml-test.sh   # another binary (an older build, to compare)
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.build/release
if [ -z "${PADAN:-}" ]; then
    [ -x $bin/padan ] || swift build -c release --product padan >&2
fi
padan=${PADAN:-$PWD/$bin/padan}
limit_mb=${HOSTILE_RSS_MB:-300}
work=${HOSTILE_WORK:-.build/hostile-xml}; mkdir -p "$work"
failures=0
fail() { echo "hostile-xml-test: FAIL: $*" >&2; failures=$((failures + 1)); }

head_xml='<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>'
deep() { printf '%s<tu><tuv xml:lang="id"><seg>' "$head_xml"; for _ in $(seq 1000); do printf '%.0s<hi>' $(seq 100); done; echo '</seg></tuv></tu></body></tmx>'; }
huge_text() { printf '%s<tu><tuv xml:lang="id"><seg>' "$head_xml"; head -c 1073741824 /dev/zero | tr '\0' 'a'; echo '</seg></tuv></tu></body></tmx>'; }
attributes() { printf '%s<tu' "$head_xml"; seq 1000000 | sed 's/.*/ a&="v"/' | tr -d '\n'; echo '><tuv xml:lang="id"><seg>x</seg></tuv></tu></body></tmx>'; }
million() { printf '%s' "$head_xml"; yes '<tu><tuv xml:lang="id"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>' | head -n 1000000; echo '</body></tmx>'; }

# run NAME EXPECTED-STATUS GENERATOR: streams the generator into padan tmx stats on stdin.
run() {
    local name=$1 expected=$2 generator=$3 status rss kilobytes wall user system
    "$generator" | /usr/bin/time -f '%M %e %U %S' -o "$work/$name.rss" "$padan" tmx stats --json - >"$work/$name.out" 2>"$work/$name.err"
    status=${PIPESTATUS[1]}
    read -r kilobytes wall user system < <(tail -1 "$work/$name.rss")
    rss=$(( kilobytes / 1024 ))
    [ "$status" = "$expected" ] || fail "$name: exit $status, expected $expected: $(head -c 300 "$work/$name.err")"
    [ "$rss" -lt "$limit_mb" ] || fail "$name: peak RSS $rss MB, limit $limit_mb MB"
    if [ "$expected" != 0 ]; then
        grep -qE ':[0-9]+(:[0-9]+)?: error: ' "$work/$name.err" || fail "$name: the error names no line: $(head -c 300 "$work/$name.err")"
    fi
    echo "hostile-xml-test: $name: exit $status, peak RSS ${rss} MB, ${wall} s wall, $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') s CPU: $(head -c 200 "$work/$name.err" | head -1)" >&2
}

run deep-nesting 65 deep
run huge-text-node 65 huge_text
run attribute-flood 65 attributes
run million-units 0 million
grep -q '"unitCount" *: *1000000' "$work/million-units.out" || fail "million-units: not 1,000,000 units: $(head -c 300 "$work/million-units.out")"
[ "$failures" -eq 0 ] && echo "hostile-xml-test: ok" >&2 || { echo "hostile-xml-test: $failures failures" >&2; exit 1; }
