#!/usr/bin/env bash
# Runs the side-by-side benchmarks and prints one table (Markdown) of their figures: rhdesk, the reference it is
# measured against on the same machine in the same run, the ratio and the goal. Figures only; nothing is asserted.
# Builds the `bench` preset first when it is missing. Each benchmark's full output goes to build/bench/bench-logs/.
#   bash tests/bench/run-all.sh            (offscreen)
#   xvfb-run -a bash tests/bench/run-all.sh   with QT_QPA_PLATFORM=xcb for a real X server
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build/bench
if [[ ! -x $build/tests/bench/bench_startup ]]; then
    cmake --preset bench >/dev/null
    cmake --build --preset bench
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
logs=$build/bench-logs
mkdir -p "$logs"

rows=()
run() {
    local name=$1
    shift
    echo "running $name $*" >&2
    if ! "$build/tests/bench/$name" "$@" >"$logs/$name.txt" 2>&1; then
        rows+=("| $name | failed, see $logs/$name.txt | | | |")
        return
    fi
    while IFS=$'\t' read -r _ figure ours reference ratio goal; do
        rows+=("| $figure | $ours | $reference | $ratio | $goal |")
    done < <(grep '^ROW' "$logs/$name.txt")
}

run bench_startup "${STARTUP_RUNS:-10}"
run bench_run_cpu "${RUNS:-6}"
run bench_upload "${UPLOAD_ROUNDS:-3}"
run bench_batch "${BATCH_ROWS:-10000}"

echo
echo "$(lsb_release -ds 2>/dev/null || uname -sr), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "platform $QT_QPA_PLATFORM"
echo
echo "| figure | rhdesk | reference | ratio | goal |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
