#!/usr/bin/env bash
# `npm test`: every check and test tier, in order, for a newcomer and for CI alike.
#
#   1. biome check          5. vitest tier unit
#   2. typecheck            6. vitest tier db on PGlite
#   3. check:architecture   7. vitest tier db on PostgreSQL   (only when TEST_DATABASE_URL is set)
#   4. drift check          8. vitest tier e2e in Chromium    (when /usr/bin/chromium or CHROMIUM_PATH exists;
#                                                              under CI=true a missing Chromium fails the run)
#
# Stops at the first failing step (unless --keep-going or TEST_KEEP_GOING=1) and always prints a summary.
# Its last line is `N passed, N failed, N skipped`, added up over the tiers from vitest's JSON reports
# (test-results/<tier>.json); CI reads that line. A failed step that is not a test tier (lint, types, ...)
# counts as one failure there, and so does a run in which no test executed: the line never shows
# `0 failed` for a run that did not pass.
#
# Environment: TEST_DATABASE_URL (PostgreSQL 15 server for the second db run), CHROMIUM_PATH,
# CI=true (a missing Chromium is an error), TEST_KEEP_GOING=1, TEST_TIER_TIMEOUT (seconds per vitest
# tier, default 1200: an unclosed PGlite keeps Node alive for ever).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
export LC_NUMERIC=C

KEEP_GOING=${TEST_KEEP_GOING:-0}
TIER_TIMEOUT=${TEST_TIER_TIMEOUT:-1200}
for arg in "$@"; do
  case "$arg" in
    --keep-going | -k) KEEP_GOING=1 ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
      exit 0
      ;;
    *)
      echo "test.sh: unknown argument '$arg' (try --help)" >&2
      exit 2
      ;;
  esac
done

RESULTS=test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS"/unit.json "$RESULTS"/db-pglite.json "$RESULTS"/db-postgres.json "$RESULTS"/e2e.json \
  "$RESULTS"/summary.txt

STEP_NAMES=()
STEP_STATES=()
STEP_TIMES=()
STEP_NOTES=()
PASSED=0
FAILED=0
SKIPPED=0
FAILED_STEPS=0
STOPPED=0

now() { echo "${EPOCHREALTIME:-$(date +%s)}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

record() { # name state seconds note [tier]
  STEP_NAMES+=("$1")
  STEP_STATES+=("$2")
  STEP_TIMES+=("$3")
  STEP_NOTES+=("$4")
  if [ "$2" = FAILED ]; then
    # A failed tier's failures are in FAILED already; any other failed step counts as one.
    [ "${5:-}" = tier ] || FAILED_STEPS=$((FAILED_STEPS + 1))
    [ "$KEEP_GOING" = 1 ] || STOPPED=1
  fi
}

banner() {
  echo
  echo "==> $1"
}

# run_check <name> <note> <command...>: a step that passes or fails by its exit status.
run_check() {
  local name=$1 note=$2
  shift 2
  if [ "$STOPPED" = 1 ]; then
    record "$name" 'not run' '' ''
    return
  fi
  banner "$name: $*"
  CURRENT=$name
  local start rc
  start=$(now)
  "$@" </dev/null
  rc=$?
  if [ "$rc" = 0 ]; then
    record "$name" ok "$(elapsed "$start")" "$note"
  else
    record "$name" FAILED "$(elapsed "$start")" "exit status $rc${note:+; $note}"
  fi
}

# run_tier <name> <project> <report> <env assignments...> -- <extra vitest args...>
run_tier() {
  local name=$1 project=$2 report=$3
  shift 3
  local envs=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    envs+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift
  if [ "$STOPPED" = 1 ]; then
    record "$name" 'not run' '' ''
    return
  fi
  banner "$name: vitest run --project $project $*"
  CURRENT=$name
  local start rc counts p f s note
  start=$(now)
  # The default reporter streams to the terminal as usual (PGlite's own output included); the counts come
  # from the JSON report only, never from parsing what the tests print. `timeout` puts vitest and its
  # workers in a process group of their own, which on_signal ends as a whole.
  env "${envs[@]}" timeout --kill-after=30 "$TIER_TIMEOUT" node_modules/.bin/vitest run --project "$project" \
    --reporter=default --reporter=json --outputFile.json="$RESULTS/$report" "$@" </dev/null &
  CHILD=$!
  wait "$CHILD"
  rc=$?
  CHILD=''
  counts=$(node_modules/.bin/tsx scripts/lib/vitest-summary.ts "$RESULTS/$report" "$rc" </dev/null)
  if ! read -r p f s <<<"$counts" || ! [[ "$p$f$s" =~ ^[0-9]+$ ]]; then
    p=0 f=1 s=0
    echo "test.sh: could not count $RESULTS/$report" >&2
  fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  SKIPPED=$((SKIPPED + s))
  note="passed=$p failed=$f skipped=$s"
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then note="$note; timed out after ${TIER_TIMEOUT}s"; fi
  if [ "$rc" = 0 ] && [ "$f" = 0 ]; then
    [ $((p + f)) = 0 ] && note="$note; no test executed in this tier"
    record "$name" ok "$(elapsed "$start")" "$note"
  else
    record "$name" FAILED "$(elapsed "$start")" "$note" tier
  fi
}

skip() { # name note
  if [ "$STOPPED" = 1 ]; then record "$1" 'not run' '' ''; else record "$1" skipped '' "$2"; fi
}

fail_step() { # name note
  if [ "$STOPPED" = 1 ]; then
    record "$1" 'not run' '' ''
  else
    banner "$1"
    echo "$2" >&2
    record "$1" FAILED '' "$2"
  fi
}

print_summary() {
  local i total_failed executed line
  echo
  echo '==> Summary'
  for i in "${!STEP_NAMES[@]}"; do
    printf '  %-9s %-20s %8s  %s\n' "${STEP_STATES[$i]}" "${STEP_NAMES[$i]}" \
      "${STEP_TIMES[$i]:+${STEP_TIMES[$i]} s}" "${STEP_NOTES[$i]}"
  done
  total_failed=$((FAILED + FAILED_STEPS))
  executed=$((PASSED + FAILED))
  if [ "$executed" = 0 ] && [ "$total_failed" = 0 ]; then
    echo 'ERROR: no test was executed; this run is not a success.' >&2
    total_failed=1
  fi
  if [ "$FAILED_STEPS" -gt 0 ]; then
    echo "  (the failed count includes $FAILED_STEPS failed check step(s) besides the tests)"
  fi
  line="$PASSED passed, $total_failed failed, $SKIPPED skipped"
  echo "$line" >"$RESULTS/summary.txt"
  echo
  echo "$line"
  [ "$total_failed" = 0 ]
}

CHILD=''
CURRENT=''
on_signal() {
  trap '' INT TERM
  echo
  echo 'test.sh: interrupted' >&2
  if [ -n "$CHILD" ]; then
    kill -TERM "$CHILD" 2>/dev/null
    wait "$CHILD" 2>/dev/null
  fi
  record "${CURRENT:-test.sh}" FAILED '' 'interrupted'
  print_summary
  exit 130
}
trap on_signal INT TERM

if [ ! -x node_modules/.bin/vitest ] || [ ! -x node_modules/.bin/tsx ]; then
  echo 'test.sh: node_modules is missing or incomplete: run `npm ci` first.' >&2
  record 'npm ci' FAILED '' 'node_modules missing'
  print_summary
  exit 1
fi

# --- 1-4: static checks ----------------------------------------------------------------------------------
run_check biome '' npx --no-install biome check .

# The typecheck script itself skips apps/web while it has no tsconfig.json.
web_note=''
[ -f apps/web/tsconfig.json ] || web_note='apps/web skipped: no apps/web/tsconfig.json yet'
run_check typecheck "$web_note" npm run --silent typecheck

run_check architecture '' npm run --silent check:architecture

# check-drift.sh finds drift by generating a migration; put the folder back as it was, so that `npm test`
# never leaves a stray migration in a developer's tree.
drift_check() {
  local backup rc
  backup=$(mktemp -d)
  cp -a packages/db/migrations "$backup/"
  bash scripts/check-drift.sh
  rc=$?
  if ! diff -r -q "$backup/migrations" packages/db/migrations >/dev/null 2>&1; then
    rm -rf packages/db/migrations && cp -a "$backup/migrations" packages/db/migrations
    echo 'test.sh: packages/db/migrations restored as it was before the drift check (nothing generated was kept)'
  fi
  rm -rf "$backup"
  return "$rc"
}

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  run_check drift '' drift_check
  # The web app's API types are generated from the routes' schemas; they must be committed up to date.
  run_check 'web api drift' '' bash scripts/check-web-drift.sh
else
  skip drift 'not a git checkout'
fi

# --- 5-8: test tiers ---------------------------------------------------------------------------------------
run_tier unit unit unit.json --
run_tier 'db (PGlite)' db db-pglite.json -u TEST_DATABASE_URL --

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  run_tier 'db (PostgreSQL)' db db-postgres.json "TEST_DATABASE_URL=$TEST_DATABASE_URL" --
else
  skip 'db (PostgreSQL)' 'TEST_DATABASE_URL is not set'
fi

chromium=''
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  chromium=$CHROMIUM_PATH
elif [ -x /usr/bin/chromium ]; then
  chromium=/usr/bin/chromium
fi
if [ -n "$chromium" ]; then
  # e2e/ may not hold tests yet: an empty tier is not an error here (the no-test guard covers the whole run).
  run_tier e2e e2e e2e.json "CHROMIUM_PATH=$chromium" -- --passWithNoTests
elif [ "${CI:-}" = true ]; then
  fail_step e2e "Chromium not found (${CHROMIUM_PATH:-/usr/bin/chromium}): CI must run the e2e tier; apt-get install chromium"
else
  echo
  echo '==> NOTICE: e2e tier SKIPPED: Chromium not found. Install it (apt-get install chromium) or set CHROMIUM_PATH.'
  skip e2e 'Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)'
fi

print_summary
