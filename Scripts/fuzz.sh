#!/usr/bin/env bash
# Runs every libFuzzer target of Fuzz/ for FUZZ_SECONDS each (default 60), one process each
# (-jobs=1 in effect), seeded from the repository's fixtures, and fails on a crash, a sanitizer
# report, a leak, a timeout or a broken property. Prints executions per second and edges covered.
#
#   bash Scripts/fuzz.sh                          # every target, 60 s each
#   FUZZ_SECONDS=300 bash Scripts/fuzz.sh aligner # one target, 5 minutes
#   FUZZ_BIN=dir bash Scripts/fuzz.sh srx          # binaries already built (copied to dir), no build
#   FUZZ_TIMEOUT=120 bash Scripts/fuzz.sh          # seconds one input may take (default 25)
#
# libFuzzer's timeout counts wall time: under nice on a machine whose builds keep the load far
# above its cores, an input of a tenth of a second of CPU can wait a minute for a core, so a
# loaded run needs a longer one to report slow inputs rather than the machine.
#
# Two runs can go at once on different targets (each target has its own corpus directory); copy
# the built binaries to FUZZ_BIN first so that a rebuild cannot replace them under a long run.
#
# Corpora grow in .build/fuzz/corpus/<target>; an input that broke something is left in
# .build/fuzz/artifacts/<target>/ (turn it into a fixture of the ordinary test suite).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${FUZZ_SECONDS:-60}
timeout=${FUZZ_TIMEOUT:-25}
work=$root/.build/fuzz
all=(tmx-reader xml-pull tbx srx glossary-tsv glossary-csv tmx-from-tsv text-decoder segmenter term-matcher fuzzy-score aligner xliff-output)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if [ -n "${FUZZ_BIN:-}" ]; then
    bin=$FUZZ_BIN
else
    echo "fuzz: building the targets (swift build --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address in Fuzz/)" >&2
    (cd Fuzz && swift build --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address) >&2 || { echo "fuzz: build failed" >&2; exit 1; }
    bin=$(cd Fuzz && swift build --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address --show-bin-path)
fi

# Seeds: the fixtures each reader is meant for, and Fuzz/Seeds/<target>/ written for fuzzing.
fixtures() { find Tests/*/Fixtures TMX Glossaries Examples -type f \( "$@" \) -size -256k 2>/dev/null; }
seed_files() {
    case $1 in
        tmx-reader) fixtures -name '*.tmx' ;;
        xml-pull) fixtures -name '*.xml' -o -name '*.tmx' -o -name '*.srx' -o -name '*.tbx' ;;
        tbx) fixtures -name '*.tbx' -o -name '*.xml' ;;
        srx) fixtures -name '*.srx' ;;
        glossary-tsv|glossary-csv) fixtures -name '*.tsv' -o -name '*.csv' ;;
        tmx-from-tsv) fixtures -name '*.tsv' ;;
        text-decoder) fixtures -name '*.txt' -o -name '*.tsv' ;;
        segmenter|term-matcher) fixtures -name '*.id.txt' -o -name '*.en.txt' ;;
        *) ;;
    esac
}
dictionary() {
    case $1 in tmx-reader|xml-pull|tbx|srx) echo "-dict=$root/Fuzz/Dictionaries/xml.dict" ;; esac
}

# Scratch files (the readers take paths; writers fsync) go to memory when /dev/shm is there.
scratch=$work/scratch
[ -d /dev/shm ] && [ -w /dev/shm ] && scratch=/dev/shm/padan-fuzz-$$
mkdir -p "$scratch"
status=0
summary=()
for target in "${targets[@]}"; do
    exe=$bin/fuzz-$target
    [ -x "$exe" ] || { echo "fuzz: no target $target (have: ${all[*]})" >&2; status=1; continue; }
    corpus=$work/corpus/$target seeds=$work/seeds/$target artifacts=$work/artifacts/$target
    rm -rf "$seeds"; mkdir -p "$corpus" "$seeds" "$artifacts"
    seed_files "$target" | while read -r file; do cp "$file" "$seeds/$(echo "$file" | tr / _)"; done
    [ -d "Fuzz/Seeds/$target" ] && cp Fuzz/Seeds/"$target"/* "$seeds"/
    log=$work/$target.log
    echo "fuzz: $target for ${seconds}s" >&2
    # The corpus directory comes first: libFuzzer adds what it finds there, never to the seeds.
    started=$SECONDS
    TMPDIR=$scratch SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    LSAN_OPTIONS=suppressions=$root/Fuzz/lsan.supp "$exe" \
        -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2560 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" $(dictionary "$target") "$corpus" "$seeds" >"$log" 2>&1
    code=$?
    ran=$((SECONDS - started))   # what the target really ran: less than FUZZ_SECONDS when it failed
    load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    if [ "$code" -eq 0 ] && [ -z "$cov" ]; then
        verdict="FAILED (no coverage: the build is not instrumented; rm -rf Fuzz/.build and run again)"; status=1
    elif [ "$code" -eq 0 ]; then verdict=ok; else
        verdict="FAILED (exit $code)"; status=1
        grep -E 'ERROR: |PROPERTY BROKEN|SUMMARY:|Test unit written' "$log" | head -8 >&2
    fi
    summary+=("$(printf '%-14s %6ss %10s execs %8s exec/s %6s edges  load %-14s  %s' "$target" "$ran" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${load:-?}" "$verdict")")
    echo "fuzz: ${summary[-1]}" >&2
done
rm -rf "$scratch"
printf '%s\n' "target         time        executions      speed    cov    load at end (1/5/15 min)  result" "${summary[@]}"
[ $status -eq 0 ] || echo "fuzz: a target failed; its log is in $work/<target>.log and the input in $work/artifacts/<target>/" >&2
exit $status
