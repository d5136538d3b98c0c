import {
  AGENCY_KINDS,
  AGENCY_LEVELS,
  type AgencyKind,
  type AgencyLevel,
  type AgencyQuery,
} from '../api/agencies.api.ts';

/**
 * The agency directory's state lives in the address (?q=&parent=&level=&kind=&asOf=&page=&size=&id=), so
 * the browser's back button walks back up the tree and a view can be bookmarked or shared.
 */
export interface DirectoryState {
  q: string;
  parentId: string | null;
  level: AgencyLevel | null;
  kind: AgencyKind | null;
  /** YYYY-MM-DD; null means today (the API's default). */
  asOf: string | null;
  page: number;
  pageSize: number;
  selectedId: string | null;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Reads the state from the address, dropping anything malformed rather than sending it to the API. */
export function readDirectoryState(params: URLSearchParams): DirectoryState {
  const parent = params.get('parent');
  const id = params.get('id');
  const asOf = params.get('asOf');
  const size = positiveInt(params.get('size'), DEFAULT_PAGE_SIZE);
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    parentId: parent && UUID.test(parent) ? parent : null,
    level: oneOf(AGENCY_LEVELS, params.get('level')),
    kind: oneOf(AGENCY_KINDS, params.get('kind')),
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    selectedId: id && UUID.test(id) ? id : null,
  };
}

export function writeDirectoryState(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.parentId) params.set('parent', state.parentId);
  if (state.level) params.set('level', state.level);
  if (state.kind) params.set('kind', state.kind);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  if (state.selectedId) params.set('id', state.selectedId);
  return params;
}

/** Whether the list is a search across the whole directory rather than one level of the tree. */
export function isSearching(state: DirectoryState): boolean {
  return Boolean(state.q || state.level || state.kind);
}

/**
 * The list request. Browsing shows one level of the tree (the top-level agencies, or the children of
 * `parent`); a text search or a level/kind filter searches the whole directory, because a district-level
 * agency is never at the top of the tree.
 */
export function toAgencyQuery(state: DirectoryState): AgencyQuery {
  const query: AgencyQuery = { limit: state.pageSize, offset: (state.page - 1) * state.pageSize };
  if (state.asOf) query.asOf = state.asOf;
  if (isSearching(state)) {
    if (state.q) query.q = state.q;
    if (state.level) query.level = state.level;
    if (state.kind) query.kind = state.kind;
    if (state.parentId) query.parentId = state.parentId;
  } else if (state.parentId) {
    query.parentId = state.parentId;
  } else {
    query.roots = true;
  }
  return query;
}

/** Opening an agency's children: a fresh browse of that level, keeping only the date. */
export function drillInto(state: DirectoryState, agencyId: string): DirectoryState {
  return {
    q: '',
    parentId: agencyId,
    level: null,
    kind: null,
    asOf: state.asOf,
    page: 1,
    pageSize: state.pageSize,
    selectedId: agencyId,
  };
}
