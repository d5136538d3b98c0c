#!/usr/bin/env bash
# Fails when generated artefacts no longer match their sources: migrations vs. schema files.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(git status --porcelain -- packages/db/migrations)
out=$(npx drizzle-kit generate --config drizzle.config.ts 2>&1)
after=$(git status --porcelain -- packages/db/migrations)
if [ "$before" != "$after" ] || ! grep -q "No schema changes" <<<"$out"; then
  echo "$out"
  echo "DRIFT: the schema files changed but no migration was generated. Run 'npm run db:generate' and commit the SQL." >&2
  git status --porcelain -- packages/db/migrations >&2
  exit 1
fi
echo "drift check: migrations match the schema"
