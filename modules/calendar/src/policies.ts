import { hasPermission, type Policy } from '@openprovince/platform';
import { CALENDAR_PERMISSIONS } from './contracts/index.ts';

/** The calendar is public information: anyone may read it. */
export const canReadCalendar: Policy = () => true;

export const canManageCalendar: Policy = (actor) => hasPermission(actor, CALENDAR_PERMISSIONS.manage);

/** The province's administrators set anyone's hours; an agency's administrator sets that agency's own. */
export const canSetOfficeHours: Policy<{ agencyId: string | null }> = (actor, subject) => {
  if (hasPermission(actor, CALENDAR_PERMISSIONS.manage)) return true;
  return (
    actor.kind === 'official' &&
    subject.agencyId !== null &&
    subject.agencyId === actor.agencyId &&
    hasPermission(actor, CALENDAR_PERMISSIONS.manageOwnOfficeHours)
  );
};

/** Officials compute deadlines when they issue appointment slips; jobs and the CLI act as the system. */
export const canComputeDeadline: Policy = (actor) => actor.kind === 'official' || actor.kind === 'system';
