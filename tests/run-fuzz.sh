#!/usr/bin/env bash
# Builds the libFuzzer harnesses (preset fuzz: clang, ASan + UBSan) and runs each on its seed corpus
# (tests/fuzz/corpus/<name>/) for a while, two at a time (one per core). New inputs go to a temp dir, never into
# the repository. A crash, a sanitizer report, a slow input (-timeout), a leak or a failed property fails the run
# and prints the report, the reproducing input (base64) and the command that replays it.
# Usage: tests/run-fuzz.sh [seconds per fuzzer, default 60] [names…]   e.g. tests/run-fuzz.sh 3600 envelope
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

export FUZZ_SECONDS=${1:-60}
[ $# -gt 0 ] && shift
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for source in tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        names+=("${name#fuzz_}")
    done
fi
FUZZ_WORK=$(mktemp -d)
export FUZZ_WORK
trap 'rm -rf "$FUZZ_WORK"' EXIT
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() {
    local name=$1
    local binary=build/fuzz/tests/fuzz/fuzz_$name
    local out=$FUZZ_WORK/$name
    mkdir -p "$out/new"
    local seeds=()
    [ -d "tests/fuzz/corpus/$name" ] && seeds=("tests/fuzz/corpus/$name")
    # -timeout=3: the slowest seed (64 KiB of hostile HTML) takes about 10 ms; the backtracking regex it replaced
    # took 8 s on it here, so a parser that turns quadratic again is a finding, not a slow run.
    if "$binary" -max_total_time="$FUZZ_SECONDS" -timeout=3 -rss_limit_mb=2048 -dict=tests/fuzz/json.dict \
        -print_final_stats=1 -artifact_prefix="$out/" "$out/new" "${seeds[@]}" >"$out/log" 2>&1; then
        local runs
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/log")
        echo "fuzz: $name: ${runs:-?} runs in ${FUZZ_SECONDS} s, no finding"
        return 0
    fi
    {
        echo "fuzz: $name: FINDING"
        tail -n 60 "$out/log"
        for artifact in "$out"/crash-* "$out"/timeout-* "$out"/leak-* "$out"/oom-* "$out"/slow-unit-*; do
            [ -f "$artifact" ] || continue
            echo "--- reproducer $(basename "$artifact") ($(stat -c %s "$artifact") bytes), base64:"
            base64 -w 100 "$artifact"
            echo "--- replay: save those lines as repro.b64, then: base64 -d repro.b64 > repro && $binary repro"
        done
    } >&2
    return 1
}
export -f run_one

printf '%s\n' "${names[@]}" | xargs -P 2 -I{} bash -c 'run_one "$1"' _ {}
