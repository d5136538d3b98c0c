import { seedCalendar } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { createDocumentDeps, generateExchangeKeys, seedDocumentsDemo } from '@openprovince/documents';
import { createDossierDeps, seedDossiersDemo } from '@openprovince/dossiers';
import { seedGeography } from '@openprovince/geography';
import { seedIdentityDemo } from '@openprovince/identity';
import { seedPaymentsDemo } from '@openprovince/payments';
import { createPkiDeps, seedPkiDemo } from '@openprovince/pki';
import { newId, type RequestContext, systemActor } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { seedPortalDemo } from '@openprovince/portal';
import { seedServicesDemo } from '@openprovince/services';
import { type FileStorage, MemoryStorage } from '@openprovince/storage';
import { procedureCatalogue } from '../adapters/procedure-catalogue.ts';

export type SeedProgress = (step: string, done: number, total: number) => void;

export interface SeedDemoOptions {
  onProgress?: SeedProgress;
  /** Demo dossiers for the statistics (each goes through the real workflow; ~0.15 s each on PGlite). */
  dossiers?: number;
  /** Key that encrypts the demo signing keys (the platform's PKI_MASTER_KEY). */
  pkiMasterKey?: string;
  publicBaseUrl?: string;
  /**
   * Where the demo documents' PDFs are written: the platform's configured storage (`DATA_DIR/files` under
   * `npm start`), so that the documents can be downloaded. Without it they go to memory and are lost.
   */
  storage?: FileStorage;
}

/**
 * Loads the Trà Vinh demo: geography, the agency directory with accounts, the work calendar 2020–2026,
 * the procedure catalogue (1,858 services as in the 2021 report), a collection account for fees, the
 * portal's news (324 Vietnamese and 138 Khmer posts in the first half of 2021) and a year of dossiers for
 * the statistics. Each step is safe to run again.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions | SeedProgress = {}): Promise<void> {
  const opts: SeedDemoOptions = typeof options === 'function' ? { onProgress: options } : options;
  const { onProgress, dossiers = 120 } = opts;
  const ctx: RequestContext = { actor: systemActor('seed-demo'), requestId: `seed-${newId()}` };
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    onProgress?.(name, 0, 1);
    const result = await work();
    onProgress?.(name, 1, 1);
    return result;
  };
  await step('geography', () => seedGeography(db, ctx));
  const identity = await seedIdentityDemo(db, ctx, {
    onProgress: (done, total) => onProgress?.('directory', done, total),
  });
  await step('calendar', () => seedCalendar(db, ctx));
  await step('services', () => seedServicesDemo(db, ctx, { agencyIdByKey: identity.agencyIdByKey }));
  await step('payments', () => seedPaymentsDemo(db, ctx));
  await step('portal', () => seedPortalDemo(db, ctx, { agencyIdByKey: identity.agencyIdByKey }));
  const storage = opts.storage ?? new MemoryStorage();
  if (opts.pkiMasterKey) {
    const pki = createPkiDeps({
      db,
      masterKey: opts.pkiMasterKey,
      ...(opts.publicBaseUrl ? { publicBaseUrl: opts.publicBaseUrl } : {}),
    });
    await step('certificates', () =>
      seedPkiDemo(pki, ctx, {
        agencyIdByKey: identity.agencyIdByKey,
        officialIdByUsername: identity.officialIdByUsername,
      }),
    );
  }
  // Demo documents record their signatures as metadata (no signing happens in the seed).
  const documents = createDocumentDeps({
    db,
    storage,
    exchange: generateExchangeKeys(),
    signer: {
      signPdf: async () => {
        throw new Error('the demo seed does not sign');
      },
      verifyPdf: async () => ({ result: 'INDETERMINATE', reasons: [], signatures: [] }),
    },
  });
  await step('documents', () => seedDocumentsDemo(documents, ctx, { agencyIdByKey: identity.agencyIdByKey }));
  if (dossiers > 0) {
    const deps = createDossierDeps({ db, storage, catalogue: procedureCatalogue({ db, now: systemNow }) });
    // Four departments and four commune People's Committees of 2021 (two of which were merged into Phường
    // Trà Vinh in 2025), so that the dashboard's commune map has figures to show.
    const keys = [
      'stttt',
      'stp',
      'skhdt',
      'stnmt',
      'ubnd-xa-29239',
      'ubnd-xa-29242',
      'ubnd-xa-29236',
      'ubnd-xa-29266',
    ];
    const agencyIds = keys.map((k) => identity.agencyIdByKey[k]).filter((id): id is string => !!id);
    await step('dossiers', () => seedDossiersDemo(deps, ctx, { count: dossiers, year: 2021, agencyIds }));
  }
}
