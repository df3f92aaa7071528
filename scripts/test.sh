#!/usr/bin/env bash
# `npm test`: everything a change must pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s ==\n' "$1"; }

step "lockfile"
node scripts/complete-lockfile.mjs --check

step "typecheck"
npx tsc --noEmit -p .

step "lint"
npx biome ci .

step "unit, integration, database and contract tests"
# Fault tests make upstream calls fail on purpose; their warnings would bury the results.
LOG_LEVEL=error npx vitest run

step "production build"
npx next build

step "tests against the production build (two app instances on one Postgres)"
VITEST_AFTER_BUILD=1 LOG_LEVEL=error npx vitest run

step "end-to-end (Chromium)"
npx playwright test
