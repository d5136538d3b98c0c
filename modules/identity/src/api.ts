/**
 * The identity module's narrow in-process api (issue 10 §3): the agency directory other modules read,
 * without an actor or a request context. The directory is public information (the same answers as the
 * public agency routes), so the caller's use case, not identity, decides who may act.
 */
import { describeAgencies, describeAgencyLineage } from './use-cases/describe-agencies.ts';
import { getAgency, getAgencyByCode } from './use-cases/get-agency.ts';
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
};
