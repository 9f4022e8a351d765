#!/usr/bin/env bash
# The test suite under sanitizers, each in its own build directory so the normal build stays:
#   address: every test (unit and end-to-end, the padan binary built with ASan too), leaks on;
#   thread:  the concurrent parts: batch alignment, an import while lookups run, the import's
#            reading and writing threads with their progress, the term matcher's parallel pieces.
#
#   bash Scripts/test-sanitize.sh            # both
#   bash Scripts/test-sanitize.sh thread     # ThreadSanitizer only (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(address thread)
# Leaks inside Foundation, not Padan (see the file); the Swift backtracer is off so that a report
# is the sanitizer's own.
export LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0
export SWIFT_BACKTRACE=enable=no
concurrent='ReliabilityTests|AlignCommandTests|AlignIntoMemoryTests|MemoryCommandTests|MemoryStoreTests|TermMatcherParallelTests'
for part in "${parts[@]}"; do
    scratch=.build/sanitize-$part
    case $part in
        address)
            echo "test-sanitize: the whole suite under AddressSanitizer ($scratch)" >&2
            swift build --build-tests --sanitize=address --scratch-path "$scratch"
            ASAN_OPTIONS=detect_leaks=1 swift test --skip-build --sanitize=address --scratch-path "$scratch" ;;
        thread)
            echo "test-sanitize: the concurrent parts under ThreadSanitizer ($scratch)" >&2
            swift build --build-tests --sanitize=thread --scratch-path "$scratch"
            TSAN_OPTIONS=halt_on_error=1 swift test --skip-build --sanitize=thread --scratch-path "$scratch" --filter "$concurrent" ;;
        *) echo "test-sanitize: unknown part $part (address or thread)" >&2; exit 2 ;;
    esac
done
echo "test-sanitize: ok" >&2
