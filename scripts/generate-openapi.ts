/**
 * Writes the API's OpenAPI document and the TypeScript types the web app is compiled against:
 *   apps/web/src/api/openapi.json  — `app.swagger()`, keys sorted so that the diff only shows real changes;
 *   apps/web/src/api/openapi.d.ts  — openapi-typescript's rendering of it.
 * The web app never hand-writes API types; `scripts/check-web-drift.sh` fails when these files are stale.
 *
 * Run: npm run gen:api
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@openprovince/api';
import { migrateDatabase, openDatabase } from '@openprovince/db';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'apps/web/src/api');
const JSON_FILE = join(OUT_DIR, 'openapi.json');
const DTS_FILE = join(OUT_DIR, 'openapi.d.ts');

const HEADER = `/**
 * Generated — do not edit; run npm run gen:api
 * (scripts/generate-openapi.ts: the API's OpenAPI document rendered by openapi-typescript).
 */

`;

/** Objects get their keys in code-point order, recursively; arrays keep their order (it can carry meaning). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

async function main(): Promise<void> {
  // An empty in-memory database is enough: the document depends on the routes' schemas, not on data.
  const handle = await openDatabase({});
  try {
    await migrateDatabase(handle);
    const app = await buildApp({ db: handle.db, config: { logLevel: 'silent' } });
    try {
      await app.ready();
      const document = sortKeys(app.swagger()) as Record<string, unknown>;
      mkdirSync(OUT_DIR, { recursive: true });
      writeFileSync(JSON_FILE, `${JSON.stringify(document, null, 2)}\n`);

      const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
        alphabetize: true,
        // Properties without `required` stay optional; `format: date-time` stays a string (it is one on the wire).
        defaultNonNullable: false,
      });
      writeFileSync(DTS_FILE, HEADER + astToString(ast));
      console.log(
        `gen:api: wrote ${JSON_FILE.slice(ROOT.length + 1)} and ${DTS_FILE.slice(ROOT.length + 1)}`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
