#!/usr/bin/env bash
# Runs one libFuzzer target for PLX_FUZZ_SECONDS (default 60) on a copy of
# its seed corpus kept in the build folder, so the repository is never
# written. Prints "fuzz-NAME: N executions in S s"; when the target crashes,
# hangs or runs out of memory, prints the file that reproduces it and the
# stack, and fails.
# Usage: run-fuzzer.sh FUZZER SEED_DIR DICT WORK_DIR
set -uo pipefail
fuzzer=$1 seeds=$2 dict=$3 work=$4
name=$(basename "$fuzzer")
seconds=${PLX_FUZZ_SECONDS:-60}

mkdir -p "$work/corpus" "$work/crashes"
cp -n "$seeds"/* "$work/corpus/" 2>/dev/null
log=$work/last-run.log

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_odr_violation=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL=C.UTF-8

dict_arg=()
[ -f "$dict" ] && dict_arg=(-dict="$dict")

# libFuzzer stops on its own after -max_total_time; the outer timeout only
# catches a process that stopped answering altogether.
timeout --kill-after=10 $((seconds + 120)) \
  "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -print_final_stats=1 -artifact_prefix="$work/crashes/" "${dict_arg[@]}" \
  "$work/corpus" >"$log" 2>&1
status=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
echo "$name: ${executions:-0} executions in $seconds s (corpus: $(ls "$work/corpus" | wc -l) files)"

if [ $status -ne 0 ]; then
  echo "$name FAILED (exit status $status); log: $log"
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  [ -n "$artifact" ] && echo "Reproducer: $artifact (run: $fuzzer $artifact)"
  # The report from the sanitizer or libFuzzer, with its stack.
  first=$(grep -n -m1 -E 'ERROR: |runtime error|ALARM|^==[0-9]+== ' "$log" | cut -d: -f1)
  tail -n +"${first:-1}" "$log" | head -100
  exit 1
fi
