#!/usr/bin/env bash
# Kills padan with SIGKILL at random moments of its longest writes and checks what is left:
#   memory import, align --into-memory: PRAGMA integrity_check is ok, the unit count is the one
#     before or the one after (never between), and a lookup still finds a known unit;
#   memory import into a new memory (written in place): the file is absent, empty (and takes a
#     new import) or whole;
#   memory export, tmx convert: the output is absent, or complete and valid (never partial).
#
#   bash Scripts/kill-test.sh            # 50 kills each (KILLS=50), 100,000-unit import (KILL_UNITS)
#
# Needs release builds of padan and padan-dev (made when missing) and sqlite3 or python3.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${KILLS:-50}
units=${KILL_UNITS:-100000}
work=.build/kill-test
bin=.build/release
[ -x $bin/padan ] && [ -x $bin/padan-dev ] || swift build -c release --product padan >&2
[ -x $bin/padan-dev ] || swift build -c release --product padan-dev >&2
padan=$PWD/$bin/padan
rm -rf "$work"; mkdir -p "$work"; cd "$work"
failures=0
fail() { echo "kill-test: FAIL: $*" >&2; failures=$((failures + 1)); }

sql() { # sql FILE QUERY — through sqlite3 when present, else python3's sqlite3
    if command -v sqlite3 >/dev/null; then sqlite3 "$1" "$2"
    else python3 -c 'import sqlite3,sys; [print(*r, sep="|") for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]' "$1" "$2"; fi
}
now() { date +%s.%N; }
# A random delay in [0, limit) seconds, limit a decimal.
delay() { awk -v limit="$1" -v r="$RANDOM$RANDOM" 'BEGIN { srand(r); printf "%.3f", rand() * limit }'; }
# Runs "$@" in the background, SIGKILLs it after a random delay in [0, limit), waits for it.
kill_after() {
    local limit=$1; shift
    "$@" >/dev/null 2>&1 & local pid=$!
    sleep "$(delay "$limit")"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# The memory is whole: integrity, a count of before or after, a lookup of a known unit.
check_memory() { # check_memory LABEL FILE BEFORE AFTER
    local integrity count
    integrity=$(sql "$2" "PRAGMA integrity_check;" 2>&1 || true)
    [ "$integrity" = ok ] || fail "$1: integrity_check says: $integrity"
    count=$(sql "$2" "SELECT count(*) FROM unit;" 2>&1 || true)
    [ "$count" = "$3" ] || [ "$count" = "$4" ] || fail "$1: $count units, neither $3 (before) nor $4 (after)"
    "$padan" memory lookup --memory "$2" --json "$known" >lookup.json 2>lookup.err \
        && grep -q '"score"' lookup.json || fail "$1: lookup of a known unit failed: $(head -c 300 lookup.err)"
    echo "$count"
}
# The output is absent or complete: it validates and holds every unit.
check_output() { # check_output LABEL FILE UNITS
    [ -e "$2" ] || return 0
    local stats
    "$padan" tmx validate "$2" >/dev/null 2>validate.err || fail "$1: a partial or invalid output: $(head -c 300 validate.err)"
    stats=$("$padan" tmx stats --json "$2" 2>/dev/null | tr -d ' \n' | grep -o '"unitCount":[0-9]*' | cut -d: -f2)
    [ "$stats" = "$3" ] || fail "$1: output holds ${stats:-?} units, not $3"
}

echo "kill-test: writing a $units-unit TMX and a base memory" >&2
"$PWD/../release/padan-dev" generate-tmx --units "$units" --seed 12 -o big.tmx
"$PWD/../release/padan-dev" generate-tmx --units 200 --seed 7 -o base.tmx
"$padan" memory import --quiet --memory base.sqlite base.tmx
known=$(grep -m1 -o '<seg>[^<]*</seg>' base.tmx | head -1 | sed 's/<[^>]*>//g')
before=$(sql base.sqlite "SELECT count(*) FROM unit;")
cp base.sqlite full.sqlite
start=$(now); "$padan" memory import --quiet --memory full.sqlite big.tmx; import_time=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
after=$(sql full.sqlite "SELECT count(*) FROM unit;")
echo "kill-test: import of $units units takes ${import_time}s ($before units before, $after after)" >&2

# 1. memory import
tally_before=0 tally_after=0
for i in $(seq "$kills"); do
    cp base.sqlite m.sqlite; rm -f m.sqlite-wal m.sqlite-shm m.sqlite-journal
    kill_after "$(awk -v t="$import_time" 'BEGIN { print t * 1.1 }')" "$padan" memory import --quiet --memory m.sqlite big.tmx
    count=$(check_memory "import kill $i" m.sqlite "$before" "$after" | tail -1)
    if [ "$count" = "$before" ]; then tally_before=$((tally_before + 1)); else tally_after=$((tally_after + 1)); fi
done
echo "kill-test: memory import: $kills kills, $tally_before left the memory as before, $tally_after as after" >&2

# 1b. memory import into a new memory (written in place under a rollback journal, `FreshImport`):
#     the file is absent, empty, or whole; a kept memory takes a new import.
fresh_known=$(grep -m1 -o '<seg>[^<]*</seg>' big.tmx | head -1 | sed 's/<[^>]*>//g')
rm -f n.sqlite; start=$(now); "$padan" memory import --quiet --memory n.sqlite big.tmx; fresh_time=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
fresh_after=$(sql n.sqlite "SELECT count(*) FROM unit;")
tally_empty=0 tally_full=0
for i in $(seq "$kills"); do
    rm -f n.sqlite n.sqlite-wal n.sqlite-shm n.sqlite-journal
    kill_after "$(awk -v t="$fresh_time" 'BEGIN { print t * 1.1 }')" "$padan" memory import --quiet --memory n.sqlite big.tmx
    [ -e n.sqlite ] || { tally_empty=$((tally_empty + 1)); continue; }
    # Padan first: it must open the file as the kill left it (a hot journal rolled back by it, not by sqlite3).
    "$padan" memory stats --memory n.sqlite >/dev/null 2>stats.err || fail "new-memory import kill $i: the memory left does not open: $(head -c 300 stats.err)"
    integrity=$(sql n.sqlite "PRAGMA integrity_check;" 2>&1 || true)
    [ "$integrity" = ok ] || fail "new-memory import kill $i: integrity_check says: $integrity"
    tables=$(sql n.sqlite "SELECT count(*) FROM sqlite_master WHERE name = 'unit';" 2>&1 || true)
    count=0; [ "$tables" = 1 ] && count=$(sql n.sqlite "SELECT count(*) FROM unit;" 2>&1 || true)
    if [ "$count" = 0 ]; then
        tally_empty=$((tally_empty + 1))
        "$padan" memory import --quiet --memory n.sqlite base.tmx >/dev/null 2>import.err \
            || fail "new-memory import kill $i: the memory left takes no import: $(head -c 300 import.err)"
    elif [ "$count" = "$fresh_after" ]; then
        tally_full=$((tally_full + 1))
        "$padan" memory lookup --memory n.sqlite --json "$fresh_known" >lookup.json 2>lookup.err \
            && grep -q '"score"' lookup.json || fail "new-memory import kill $i: lookup of a known unit failed: $(head -c 300 lookup.err)"
    else
        fail "new-memory import kill $i: $count units, neither 0 nor $fresh_after"
    fi
done
echo "kill-test: memory import into a new memory (${fresh_time}s, $fresh_after units): $kills kills, $tally_empty left it absent or empty, $tally_full whole" >&2

# 2. align --into-memory: a batch of article pairs into the memory
mkdir -p batch
for n in $(seq 40); do
    cp ../../Tests/AlignmentTests/Fixtures/harbour.id.txt "batch/a$n.id.txt"
    cp ../../Tests/AlignmentTests/Fixtures/harbour.en.txt "batch/a$n.en.txt"
done
cp base.sqlite aligned.sqlite
start=$(now); "$padan" align --quiet --batch batch --into-memory --memory aligned.sqlite >/dev/null; align_time=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
aligned=$(sql aligned.sqlite "SELECT count(*) FROM unit;")
for i in $(seq "$kills"); do
    cp base.sqlite m.sqlite; rm -f m.sqlite-wal m.sqlite-shm m.sqlite-journal
    kill_after "$(awk -v t="$align_time" 'BEGIN { print t * 1.1 }')" "$padan" align --quiet --batch batch --into-memory --memory m.sqlite
    check_memory "align kill $i" m.sqlite "$before" "$aligned" >/dev/null
done
echo "kill-test: align --into-memory (${align_time}s, $before → $aligned units): $kills kills" >&2

# 3. memory export and 4. tmx convert: the output is absent or complete
# kill_writer LABEL UNITS COMMAND…: times a full run, then kills KILLS runs writing out.tmx.
kill_writer() {
    local label=$1 expected=$2 start seconds absent=0; shift 2
    rm -f out.tmx; start=$(now); "$@" >/dev/null 2>&1; seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    check_output "$label (not killed)" out.tmx "$expected"
    for i in $(seq "$kills"); do
        rm -f out.tmx
        kill_after "$(awk -v t="$seconds" 'BEGIN { print t * 1.1 }')" "$@"
        [ -e out.tmx ] || absent=$((absent + 1))
        check_output "$label kill $i" out.tmx "$expected"
    done
    echo "kill-test: $label (${seconds}s): $kills kills, output absent $absent times, complete otherwise" >&2
}
kill_writer "memory export" "$after" "$padan" memory export --memory full.sqlite -o out.tmx
kill_writer "tmx convert" "$units" "$padan" tmx convert --quiet big.tmx -o out.tmx
leftovers=$(find . -maxdepth 1 -name '.out.tmx.*' | wc -l)
echo "kill-test: $leftovers temporary files left behind by killed writers" >&2
[ "$failures" -eq 0 ] && echo "kill-test: ok" >&2 || { echo "kill-test: $failures failures" >&2; exit 1; }
