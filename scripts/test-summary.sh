#!/usr/bin/env bash
# Adds up the TRX reports of one test run into the closing line "N passed, N failed, N skipped".
set -euo pipefail
dir=$1
passed=0 failed=0 total=0
for f in "$dir"/*.trx; do
  [ -e "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  fl=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${fl:-0})); total=$((total + ${t:-0}))
done
echo "$passed passed, $failed failed, $((total - passed - failed)) skipped"
