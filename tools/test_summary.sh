#!/usr/bin/env bash
# The closing line of a test run made of several nbdev_test runs: "N passed, M failed" summed over the tally file
# that tools/test_notebooks.sh appended to (one "passed failed" line per run); exit 1 if any failed.
set -u
tally=$1 what=${2:-notebook runs}
read -r passed failed < <(awk '{p += $1; f += $2} END {print p + 0, f + 0}' "$tally" 2>/dev/null || echo "0 1")
echo "== $what: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
