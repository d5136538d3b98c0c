import type { Db } from '@openprovince/db';
import type { SharedDeps } from '@openprovince/platform/module';
import {
  createNationalPortalAdapter,
  type NationalPortalAdapter,
} from './adapters/national-portal/adapter.ts';

export interface IntegrationDeps {
  db: Db;
  nationalPortal: NationalPortalAdapter;
  now?: () => Date;
}

export function createIntegrationDeps(shared: SharedDeps): IntegrationDeps {
  return { db: shared.db, nationalPortal: createNationalPortalAdapter(), now: shared.now };
}
