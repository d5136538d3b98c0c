/**
 * The dossiers module's narrow door for other modules, actor-free: `(db | tx, input) → result`. The
 * composition root (apps/api ports) decides who may ask; nothing here borrows an actor.
 */
import type { Db } from '@openprovince/db';
import { findApplicantAccount } from './use-cases/find-applicant-account.ts';

export const dossiersApi = {
  /**
   * The citizen account that filed the dossier with this code, or null (filed at the counter, or no such
   * dossier): the payments module's payer port asks it to know who owes a dossier's fee.
   */
  findApplicantAccount(db: Db, input: { code: string }): Promise<string | null> {
    return findApplicantAccount(db, input);
  },
};
