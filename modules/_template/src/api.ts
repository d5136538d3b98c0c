import type { Db } from '@openprovince/db';
import { countNotes } from './repositories/note.repository.ts';

/**
 * The narrow in-process api other modules reach through a port (apps/api/src/ports.ts). Actor-free: it
 * takes a handle (or a transaction) and an input; the composition root decides whom to trust.
 */
export const starterKitApi = {
  countNotes(db: Db, input: { agencyId: string }): Promise<number> {
    return countNotes(db, input);
  },
};
export type StarterKitApi = typeof starterKitApi;
