#!/usr/bin/env bash
# Fails when the web app's generated API types no longer match the API: the OpenAPI document and the
# TypeScript types are regenerated from the routes' schemas (npm run gen:api) and must equal what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(apps/web/src/api/openapi.json apps/web/src/api/openapi.d.ts)
npm run --silent gen:api >/dev/null
untracked=$(git ls-files --others --exclude-standard -- "${files[@]}")
if [ -n "$untracked" ]; then
  echo "DRIFT: generated files are not committed: $untracked. Run 'npm run gen:api' and commit them." >&2
  exit 1
fi
if ! git diff --quiet -- "${files[@]}"; then
  git --no-pager diff --stat -- "${files[@]}" >&2
  git --no-pager diff -- "${files[@]}" | head -80 >&2
  echo "DRIFT: the API's schemas changed but the web app's generated types did not. Run 'npm run gen:api' and commit apps/web/src/api/openapi.{json,d.ts}." >&2
  exit 1
fi
echo "web drift check: generated API types match the API"
