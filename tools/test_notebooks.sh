#!/usr/bin/env bash
# Runs nbdev_test over the notebooks and ends with one line "N passed, M failed" (notebooks counted).
# Extra arguments go to nbdev_test (e.g. --flags slow, --path nbs/00_data.ipynb). With TEST_TALLY set to a file, the
# counts are also appended to it, so that several runs (flags, notebooks) can be summed into one closing line
# (tools/test_summary.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
if [ -z "${ML100K_DIR:-}" ]; then
  echo "ML100K_DIR is not set: the tests read MovieLens 100K from it (e.g. ML100K_DIR=../shared/ml-100k)." >&2
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$BIN/nbdev_test" --do_print --timing "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(grep -c '^Starting ' "$log")
failed=$(sed -n '/^nbdev Tests Failed On The Following Notebooks:/,$p' "$log" | grep -c $'^\t')
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=$(( total > 0 ? total : 1 )); fi
passed=$(( total - failed < 0 ? 0 : total - failed ))
echo "$passed passed, $failed failed"
if [ -n "${TEST_TALLY:-}" ]; then echo "$passed $failed" >> "$TEST_TALLY"; fi
exit "$rc"
