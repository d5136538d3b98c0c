import { hasPermission, type Policy } from '@openprovince/platform';
import { NOTIFICATIONS_PERMISSIONS } from './contracts/index.ts';

/** The message log holds citizens' addresses (masked) and what they were told: operations staff only. */
export const canReadNotifications: Policy = (actor) => hasPermission(actor, NOTIFICATIONS_PERMISSIONS.read);
