#!/usr/bin/env bash
# TMX read/write speed and memory against xmllint --stream (the libxml2 floor).
# Run by `make bench` after `swift build -c release`. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release
. Scripts/install-package.sh
need() { command -v "$1" >/dev/null || install_package "$2"; }
need xmllint libxml2-utils
[ -x /usr/bin/time ] || need time time

WORK=$(mktemp -d /tmp/padan-bench-tmx.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FILE=$WORK/bench-200k.tmx
UNITS=200000
"$BIN/padan-dev" generate-tmx --units $UNITS -o "$FILE"
BYTES=$(stat -c %s "$FILE")
echo "input: $UNITS units, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f MB", b / 1e6 }') (padan-dev generate-tmx, deterministic)"

# Five rounds, each running xmllint, stats and convert in turn, so that load from other work on
# the machine falls on all three alike; each figure is the median of its five runs. CPU time
# (user + system) is printed beside wall time: on a shared machine it is the steadier figure.
run() { # name command…: appends "WALL KB CPU" to $WORK/runs.name
    local name=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
    tail -1 "$WORK/time" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >> "$WORK/runs.$name"
}
median() { # name → "WALL KB CPU", each the median of its column
    for column in 1 2 3; do awk -v c=$column '{ print $c }' "$WORK/runs.$1" | sort -n | sed -n 3p; done | paste -sd' '
}
for _ in 1 2 3 4 5; do
    run xmllint xmllint --stream --noout "$FILE"
    run stats "$BIN/padan" tmx stats --quiet "$FILE"
    run convert "$BIN/padan" tmx convert --quiet "$FILE" -o "$WORK/converted.tmx"
done

report() { # label seconds kilobytes cpu-seconds
    awk -v l="$1" -v s="$2" -v k="$3" -v c="$4" -v b="$BYTES" -v u="$UNITS" \
        'BEGIN { printf "%-34s %6.2f s %8.1f MB/s %10.0f units/s %7.1f MB peak RSS %6.2f s CPU\n", l, s, b / 1e6 / s, u / s, k / 1024, c }'
}

read -r XS XK XC < <(median xmllint)
read -r SS SK SC < <(median stats)
read -r CS CK CC < <(median convert)
report "xmllint --stream --noout (floor)" "$XS" "$XK" "$XC"
report "padan tmx stats" "$SS" "$SK" "$SC"
report "padan tmx convert" "$CS" "$CK" "$CC"
awk -v x="$XS" -v s="$SS" -v c="$CS" 'BEGIN { printf "throughput vs xmllint: stats %.0f %%, convert %.0f %% (goal: stats >= 50 %%)\n", 100 * x / s, 100 * x / c }'
awk -v x="$XC" -v s="$SC" -v c="$CC" 'BEGIN { printf "by CPU time:           stats %.0f %%, convert %.0f %%\n", 100 * x / s, 100 * x / c }'
cmp -s <(xmllint --stream --noout "$WORK/converted.tmx" 2>&1) /dev/null && echo "converted file: well-formed"

# A peer the issue names: translate-toolkit loading the same file (one run; it is slow). It is
# installed by `make interop`; when it is missing the line says so rather than installing it here.
if /usr/bin/python3 -c 'import translate.storage.tmx' 2>/dev/null; then
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" /usr/bin/python3 -c '
import sys
from translate.storage import tmx
with open(sys.argv[1], "rb") as handle:
    print(len(tmx.tmxfile(handle).units))' "$FILE" >/dev/null
    read -r TS TK TU TSY < "$WORK/time"
    report "translate-toolkit (tmxfile load)" "$TS" "$TK" "$(awk -v u="$TU" -v s="$TSY" 'BEGIN { print u + s }')"
    awk -v t="$TS" -v s="$SS" 'BEGIN { printf "padan tmx stats is %.1fx as fast as translate-toolkit\n", t / s }'
else
    echo "translate-toolkit: not installed (make interop installs it); peer figure skipped"
fi

# Memory stays flat when the file grows tenfold (stats only; one run).
BIG=$WORK/bench-2m.tmx
"$BIN/padan-dev" generate-tmx --units $((UNITS * 10)) -o "$BIG"
/usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN/padan" tmx stats --quiet "$BIG" >/dev/null
read -r BS BK < "$WORK/time"
rm -f "$BIG"
awk -v s="$BS" -v k="$BK" -v small="$SK" -v u=$((UNITS * 10)) \
    'BEGIN { printf "padan tmx stats, %d units: %.2f s, %.1f MB peak RSS (200k units: %.1f MB; goal < 64 MB, flat)\n", u, s, k / 1024, small / 1024 }'
