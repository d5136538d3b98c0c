/**
 * The identity module's narrow in-process api (issue 10 §3): the agency directory and a citizen's own
 * details, without an actor or a request context. The directory is public information (the same answers
 * as the public agency routes); for a citizen's details the caller's use case has established who is
 * signed in. The caller, not identity, decides who may act.
 */
import { describeAgencies, describeAgencyLineage } from './use-cases/describe-agencies.ts';
import { getAgency, getAgencyByCode } from './use-cases/get-agency.ts';
import { getCitizenProfile } from './use-cases/get-citizen-profile.ts';
import { listAgencies } from './use-cases/list-agencies.ts';

export const identityApi = {
  /** One agency by id (NOT_FOUND when absent). */
  getAgency,
  /** One agency by its national code (NOT_FOUND when absent). */
  getAgencyByCode,
  /** Name, code and kind of several agencies, for search results. */
  describeAgencies,
  /** An agency and its parents, nearest first. */
  describeAgencyLineage,
  /** A page of the directory, in force on `asOf`. */
  listAgencies,
  /** A citizen's own details (personal data: the caller returns them to that citizen only). */
  getCitizenProfile,
};
