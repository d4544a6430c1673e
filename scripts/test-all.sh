#!/usr/bin/env bash
# Every test: unit, integration (real PostgreSQL when DATABASE_URL is set, else embedded), build with type-check, faults, lint,
# end-to-end in Chromium. Prints one summary line at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
[ -d node_modules ] || npm ci
bash scripts/ensure-chromium.sh
started=$(date +%s)

step() { echo; echo "=== $1"; }

step "unit tests"
npx vitest run --project unit

step "integration tests"
npx vitest run --project integration

step "build and type-check"
# `next build` type-checks the whole project (it runs `tsc --noEmit --project tsconfig.json`, tests and scripts
# included), so a type error fails here and there is no separate tsc step (it would check everything twice)
node scripts/build-embed.mjs
node scripts/build-workers.mjs
npx next build

step "fault tests (needs the build)"
# timing-dependent like the end-to-end tests (which retry once in CI): a failure is printed in full, then the
# whole fault test runs once more; failing twice in a row fails the suite
if ! node scripts/fault-test.mjs; then
  echo "fault tests failed once (above); running them again"
  node scripts/fault-test.mjs
fi

step "topology fault test (needs the build)"
# nginx, two app servers, a PostgreSQL primary and its streaming replica (scripts/topology), 30 s of the load mix
# while one app server is killed and the replica stopped: no failed reader request, every acknowledged write stored
# once, live updates through nginx. Skips (with a line saying why) only without nginx or the PostgreSQL binaries.
topology_test() {
  npx tsx --conditions=react-server bench/topology/run.ts --check --duration 30 --reviewers 10 --readers 40 \
    --articles 5 --compare-seconds 0 --port auto
}
if ! topology_test; then
  echo "topology fault test failed once (above); running it again"
  topology_test
fi

step "lint"
npx eslint . --max-warnings=0

step "format check"
# Prettier (with the Tailwind class-sorting plugin), configured in .prettierrc.json; `npm run format` fixes
npx prettier --check . --log-level warn

step "end-to-end tests"
if [ -n "${DATABASE_URL:-}" ]; then
  # a fresh database on the same server for the app under test
  e2e_url=$(node -e 'const u=new URL(process.env.DATABASE_URL);u.pathname="/factdesk_e2e";u.search="";console.log(u.toString())')
  node scripts/reset-database.mjs "$e2e_url"
  export E2E_DATABASE_URL="$e2e_url"
fi
export AUTH_SECRET="${AUTH_SECRET:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')}"
npx playwright test

echo
echo "all test levels passed in $(( $(date +%s) - started )) s"
