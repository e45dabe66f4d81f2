#!/usr/bin/env bash
# Runs every test of the solution and prints one closing line "N passed, N failed".
# Usage: scripts/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet test FeudBot.sln -c Release --logger "trx" --results-directory "$results" "$@"
rc=$?

# Sum the counters of every TRX file so CI shows one total.
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -e "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); failed=$((failed + ${x:-0}))
  s=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$c"); skipped=$((skipped + ${s:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$rc" -eq 0 ] && [ "$passed" -gt 0 ] || exit 1
