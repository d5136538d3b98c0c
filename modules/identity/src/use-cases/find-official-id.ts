import type { Db } from '@openprovince/db';
import { normaliseUsername } from '../domain/normalise.ts';
import { findOfficialByUsername } from '../repositories/official.repository.ts';

/** For the CLI: the account id behind a username, and its TOTP secret for `user totp-code`. */
export async function findOfficialIdByUsername(
  db: Db,
  input: { username: string },
): Promise<{ id: string; agencyId: string; totpSecret: string | null } | undefined> {
  const row = await findOfficialByUsername(db, normaliseUsername(input.username));
  return row ? { id: row.id, agencyId: row.agencyId, totpSecret: row.totpSecret } : undefined;
}
