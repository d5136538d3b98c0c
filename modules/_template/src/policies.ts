import { hasPermission, type Policy } from '@openprovince/platform';
import { STARTER_KIT_PERMISSIONS as P } from './contracts/index.ts';

/** Officials with the write permission write notes, in their own agency (the use case takes it from them). */
export const canWriteNote: Policy = (actor) => actor.kind === 'official' && hasPermission(actor, P.write);
