import { type Actor, hasPermission, type Policy } from '@openprovince/platform';
import { DOSSIER_PERMISSIONS } from './contracts/permissions.ts';

export interface DossierSubject {
  agencyId: string;
  stepAgencyIds: readonly string[];
  citizenId: string | null;
}

/**
 * Who may see a dossier: its applicant (citizen account); officials of the receiving agency; officials of
 * an agency owning a step of an inter-agency procedure. Anyone else learns nothing: 404, not 403.
 */
export const canSeeDossier: Policy<DossierSubject> = (actor, d) => {
  if (actor.kind === 'system') return 'allow';
  if (actor.kind === 'citizen') return d.citizenId === actor.citizenId ? 'allow' : 'hide';
  if (actor.kind !== 'official') return 'deny';
  if (!hasPermission(actor, DOSSIER_PERMISSIONS.read)) return 'hide';
  return d.agencyId === actor.agencyId || d.stepAgencyIds.includes(actor.agencyId) ? 'allow' : 'hide';
};

export const canSubmitOnline: Policy = (actor) => actor.kind === 'citizen';

export const canReceiveAtCounter: Policy = (actor) => hasPermission(actor, DOSSIER_PERMISSIONS.receive);

export const canListDossiers: Policy = (actor) =>
  actor.kind === 'citizen' || hasPermission(actor, DOSSIER_PERMISSIONS.read);

/** Statistics: one's own agency, or every agency with stats-all. */
export const canReadStatistics: Policy<{ agencyId: string | undefined }> = (actor, s) => {
  if (hasPermission(actor, DOSSIER_PERMISSIONS.statsAll)) return 'allow';
  if (actor.kind !== 'official' || !hasPermission(actor, DOSSIER_PERMISSIONS.stats)) return 'deny';
  return s.agencyId === actor.agencyId ? 'allow' : 'hide';
};

/**
 * The dossiers behind a statistics figure: stats-all sees any agency; an official with dossiers:read or
 * dossiers:stats only their own agency (403 for another: the agency is named, nothing is hidden).
 */
export const canDrillDownStatistics: Policy<{ agencyIds: readonly string[] | undefined }> = (actor, s) => {
  if (actor.kind === 'system' || hasPermission(actor, DOSSIER_PERMISSIONS.statsAll)) return 'allow';
  if (actor.kind !== 'official') return 'deny';
  if (!hasPermission(actor, DOSSIER_PERMISSIONS.read) && !hasPermission(actor, DOSSIER_PERMISSIONS.stats)) {
    return 'deny';
  }
  return (s.agencyIds ?? [actor.agencyId]).every((id) => id === actor.agencyId) ? 'allow' : 'deny';
};

/** Only the applicant rates the service they received. */
export const canRateDossier: Policy<{ citizenId: string | null }> = (actor, d) =>
  actor.kind === 'citizen' && d.citizenId === actor.citizenId ? 'allow' : 'hide';

export function actorAgencyId(actor: Actor): string | null {
  return actor.kind === 'official' ? actor.agencyId : null;
}

/** Drafts are for citizens' online applications; officials keep none and read none. */
export const canKeepDrafts: Policy = (actor) => actor.kind === 'citizen';

/** A draft is its citizen's alone: another citizen learns nothing of it (404). */
export const canUseDraft: Policy<{ citizenId: string }> = (actor, d) => {
  if (actor.kind !== 'citizen') return 'deny';
  return d.citizenId === actor.citizenId ? 'allow' : 'hide';
};

/** Importing historic dossiers: the province's administrators (dossiers:import), or the system (CLI, seed). */
export const canImportDossiers: Policy = (actor) =>
  actor.kind === 'system' || hasPermission(actor, DOSSIER_PERMISSIONS.import);
