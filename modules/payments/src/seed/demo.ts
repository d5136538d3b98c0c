import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import { setCollectionAccount } from '../use-cases/set-collection-account.ts';

/** Demo installs: a province-wide collection account (fictitious number at Vietcombank, BIN 970436). */
export const DEMO_COLLECTION_ACCOUNT = {
  bin: '970436',
  accountNumber: '0011000000001',
  accountName: 'KHO BAC NHA NUOC TINH (DEMO)',
} as const;

export async function seedPaymentsDemo(db: Db, ctx: RequestContext): Promise<void> {
  await setCollectionAccount(db, ctx, { agencyId: null, ...DEMO_COLLECTION_ACCOUNT });
}
