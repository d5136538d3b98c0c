import type { Db } from '@openprovince/db';
import type { NationalPortalAdapter } from './national-portal/adapter.ts';

export interface IntegrationDeps {
  db: Db;
  nationalPortal: NationalPortalAdapter;
  now?: () => Date;
}
