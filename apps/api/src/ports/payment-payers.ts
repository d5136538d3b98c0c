import type { Db } from '@openprovince/db';
import { dossiersApi } from '@openprovince/dossiers';
import type { PayerDirectory } from '@openprovince/payments';

/** The payments module's payer port over the dossiers module: a payment's reference is its dossier's code. */
export function paymentPayers(db: Db): PayerDirectory {
  return { citizenIdFor: (reference) => dossiersApi.findApplicantAccount(db, { code: reference }) };
}
