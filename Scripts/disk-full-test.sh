#!/usr/bin/env bash
# Disk full: the output on a small tmpfs (mounted here, so root or passwordless sudo is needed;
# skipped with a message otherwise). memory export, tmx convert and memory import must fail
# with a clear message and exit 73 or 74, leave nothing partial, and leave the memory unchanged.
#
#   bash Scripts/disk-full-test.sh       # DISK_FULL_UNITS=30000 units, a 1 MiB tmpfs
set -euo pipefail
cd "$(dirname "$0")/.."
units=${DISK_FULL_UNITS:-30000}
bin=.build/release
[ -x $bin/padan ] || swift build -c release --product padan >&2
[ -x $bin/padan-dev ] || swift build -c release --product padan-dev >&2
padan=$PWD/$bin/padan
work=$PWD/.build/disk-full
small=$work/small
as_root=""
[ "$(id -u)" = 0 ] || as_root="sudo -n"
mkdir -p "$small"
if ! $as_root mount -t tmpfs -o size=1m,mode=1777 tmpfs "$small" 2>/dev/null; then
    echo "disk-full-test: SKIPPED: cannot mount a tmpfs here (needs root or passwordless sudo)" >&2
    exit 0
fi
trap '$as_root umount "$small" 2>/dev/null || true' EXIT
cd "$work"
failures=0
fail() { echo "disk-full-test: FAIL: $*" >&2; failures=$((failures + 1)); }
count() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from unit").fetchone()[0])' "$1"; }
integrity() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("pragma integrity_check").fetchone()[0])' "$1"; }
# expect_full LABEL STATUS STDERR-FILE: exit 73/74 and a message naming the problem.
expect_full() {
    case $2 in 73|74) ;; *) fail "$1: exit $2, expected 73 or 74" ;; esac
    grep -qiE 'space|full|cannot write|writing failed' "$3" || fail "$1: unclear message: $(head -c 300 "$3")"
    [ "$(wc -l <"$3")" -le 2 ] || fail "$1: more than the one error on standard error: $(cat "$3")"
    echo "disk-full-test: $1: exit $2: $(head -1 "$3")" >&2
}

"$PWD/../release/padan-dev" generate-tmx --units "$units" --seed 3 -o big.tmx
rm -f memory.sqlite*; "$padan" memory import --quiet --memory memory.sqlite big.tmx

# 1. export onto the full disk
status=0; "$padan" memory export --memory memory.sqlite -o "$small/out.tmx" 2>export.err || status=$?
expect_full "memory export" "$status" export.err
[ -z "$(ls -A "$small")" ] || fail "memory export left files: $(ls -A "$small")"

# 2. convert onto the full disk
status=0; "$padan" tmx convert --quiet big.tmx -o "$small/out.tmx" 2>convert.err || status=$?
expect_full "tmx convert" "$status" convert.err
[ -z "$(ls -A "$small")" ] || fail "tmx convert left files: $(ls -A "$small")"

# 3. import into a memory that lives on the full disk
"$PWD/../release/padan-dev" generate-tmx --units 50 --seed 4 -o few.tmx
"$padan" memory import --quiet --memory "$small/memory.sqlite" few.tmx
before=$(count "$small/memory.sqlite"); checksum=$(sha256sum "$small/memory.sqlite" | cut -d' ' -f1)
status=0; "$padan" memory import --quiet --memory "$small/memory.sqlite" big.tmx 2>import.err || status=$?
expect_full "memory import" "$status" import.err
[ "$(integrity "$small/memory.sqlite")" = ok ] || fail "memory import: integrity_check fails after a full disk"
[ "$(count "$small/memory.sqlite")" = "$before" ] || fail "memory import: $(count "$small/memory.sqlite") units, $before before"
[ "$(sha256sum "$small/memory.sqlite" | cut -d' ' -f1)" = "$checksum" ] || echo "disk-full-test: note: the memory file's bytes changed (units unchanged)" >&2
# SQLite's own -wal and -shm belong to the memory (the WAL could not be checkpointed on a full disk).
leftover=$(ls -A "$small" | grep -vE '^memory\.sqlite(-wal|-shm)?$' || true)
[ -z "$leftover" ] || fail "memory import left files: $leftover"
"$padan" memory lookup --memory "$small/memory.sqlite" "$(grep -m1 -o '<seg>[^<]*</seg>' few.tmx | head -1 | sed 's/<[^>]*>//g')" >/dev/null \
    || fail "memory import: a lookup fails after a full disk"

[ "$failures" -eq 0 ] && echo "disk-full-test: ok" >&2 || { echo "disk-full-test: $failures failures" >&2; exit 1; }
