import { hasPermission, type Policy } from '@openprovince/platform';
import { GEOGRAPHY_PERMISSIONS } from './contracts/index.ts';

/** Administrative geography is public reference data: anyone, signed in or not, may read it. */
export const canReadGeography: Policy = () => 'allow';

/** Loading the reference data: the system (seeder, CLI) or a system administrator. */
export const canLoadGeography: Policy = (actor) => hasPermission(actor, GEOGRAPHY_PERMISSIONS.manage);
