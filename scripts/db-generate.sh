#!/usr/bin/env bash
# Generates the next migration from the schema files (modules/*/src/db/schema.ts).
# Review the SQL it writes in packages/db/migrations before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
npx drizzle-kit generate --config drizzle.config.ts "$@"
