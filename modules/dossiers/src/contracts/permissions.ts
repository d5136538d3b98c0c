import type { RoleGrants } from '@openprovince/platform/schema';

export const DOSSIER_PERMISSIONS = {
  /** See the dossiers of one's own agency (and the inter-agency steps it owns). */
  read: 'dossiers:read',
  /** Receive dossiers at the counter; hand in supplements and record counter payments for applicants. */
  receive: 'dossiers:receive',
  /** Accept an online dossier (issue the appointment slip) and forward it for processing. */
  accept: 'dossiers:accept',
  refuse: 'dossiers:refuse',
  requestSupplement: 'dossiers:request-supplement',
  /** Hand the result to the applicant. */
  return: 'dossiers:return',
  /** Work on a specialist step; request payment; issue an apology slip. */
  process: 'dossiers:process',
  /** Complete a leader's step (approval); stop processing; issue an apology slip. */
  approve: 'dossiers:approve',
  /** Statistics of one's own agency. */
  stats: 'dossiers:stats',
  /** Statistics of every agency (the province's office). */
  statsAll: 'dossiers:stats-all',
  /** Import historic dossiers from a previous system (the province's administrators). */
  import: 'dossiers:import',
} as const;
export type DossierPermission = (typeof DOSSIER_PERMISSIONS)[keyof typeof DOSSIER_PERMISSIONS];

const P = DOSSIER_PERMISSIONS;

/** Which role grants what (Decree 61/2018: the one-stop section receives and returns; specialists process; leaders decide). */
export const DOSSIER_GRANTS = {
  one_stop_officer: [P.read, P.receive, P.accept, P.refuse, P.requestSupplement, P.return, P.stats],
  specialist: [P.read, P.process],
  leader: [P.read, P.approve, P.stats],
  system_admin: [P.statsAll, P.import],
  auditor: [P.statsAll],
} as const satisfies RoleGrants;
