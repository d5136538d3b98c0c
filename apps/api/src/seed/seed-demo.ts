import type { Db } from '@openprovince/db';
import { newId, type RequestContext, systemActor } from '@openprovince/platform';
import { type ModuleManifest, type SeedOutputs, seedOrder } from '@openprovince/platform/module';
import { type FileStorage, MemoryStorage } from '@openprovince/storage';
import { testConfig } from '../config.ts';
import { composePlatform, MODULES, type ModuleName, type Platform } from '../modules.ts';

export type SeedProgress = (step: string, done: number, total: number) => void;

/** Demo dossiers at scale 1 (the dossiers module's seed makes 120 × scale). */
const DOSSIERS_AT_SCALE_1 = 120;

export interface SeedDemoOptions {
  onProgress?: SeedProgress;
  /** Scale factor for benchmarks (1 = the report's scale: 120 demo dossiers for the statistics). */
  scale?: number;
  /** Demo dossiers for the statistics (each goes through the real workflow; ~0.15 s each on PGlite). */
  dossiers?: number;
  /**
   * Key that encrypts the demo signing keys (the platform's PKI_MASTER_KEY), when seeding a bare database:
   * without it no demo certificates are made. A composed platform uses its configured key.
   */
  pkiMasterKey?: string;
  publicBaseUrl?: string;
  /**
   * Where the demo documents' PDFs are written, when seeding a bare database: without it they go to memory
   * and are lost. A composed platform writes to its configured storage (`DATA_DIR/files` under `npm start`).
   */
  storage?: FileStorage;
}

/**
 * Loads the Trà Vinh demo: every module's seed, each after those it needs (`seedOrder(MODULES)`) —
 * geography, the agency directory with accounts, the work calendar 2020–2026, the procedure catalogue
 * (1,858 services as in the 2021 report), a collection account for fees, the portal's news, demo
 * certificates, documents and a year of dossiers for the statistics. Each step is safe to run again.
 */
export async function seedDemo(
  target: Db | Platform,
  options: SeedDemoOptions | SeedProgress = {},
): Promise<void> {
  const opts: SeedDemoOptions = typeof options === 'function' ? { onProgress: options } : options;
  const isPlatform = 'deps' in target && 'routes' in target;
  const platform = isPlatform
    ? target
    : composePlatform({
        db: target,
        config: testConfig({
          ephemeralKeys: true,
          ...(opts.pkiMasterKey ? { pkiMasterKey: opts.pkiMasterKey } : {}),
          ...(opts.publicBaseUrl ? { publicBaseUrl: opts.publicBaseUrl } : {}),
        }),
        storage: opts.storage ?? new MemoryStorage(),
      });
  // A bare database gets demo certificates only with the key that is to protect them.
  const skip = new Set<string>(!isPlatform && !opts.pkiMasterKey ? ['pki'] : []);
  const scale = opts.dossiers !== undefined ? opts.dossiers / DOSSIERS_AT_SCALE_1 : (opts.scale ?? 1);
  const ctx: RequestContext = { actor: systemActor('seed-demo'), requestId: `seed-${newId()}` };
  const outputs: Partial<SeedOutputs> = {};
  const byName = new Map<string, ModuleManifest<unknown>>(
    MODULES.map((m) => [m.name, m as unknown as ModuleManifest<unknown>]),
  );
  for (const name of seedOrder(MODULES)) {
    const seed = byName.get(name)?.seed;
    if (!seed || skip.has(name)) continue;
    opts.onProgress?.(name, 0, 1);
    const output = await seed.demo(platform.deps[name as ModuleName], {
      ctx,
      outputs,
      scale,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    (outputs as Record<string, unknown>)[name] = output;
    opts.onProgress?.(name, 1, 1);
  }
}
