import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { type Agency, getAgency, listAgencies } from '../api/agencies.api.ts';
import {
  type DirectoryState,
  readDirectoryState,
  toAgencyQuery,
  writeDirectoryState,
} from './agency-directory-state.ts';

// Agencies change rarely and the tree is walked up and down a lot: remember what was fetched this visit.
const agencyCache = new Map<string, Promise<Agency>>();

function cachedAgency(id: string): Promise<Agency> {
  let pending = agencyCache.get(id);
  if (!pending) {
    pending = getAgency(id);
    pending.catch(() => agencyCache.delete(id));
    agencyCache.set(id, pending);
  }
  return pending;
}

/** After an administrator changed an agency: the next visit to the directory asks the API again. */
export function forgetAgency(id: string): void {
  agencyCache.delete(id);
}

/** The ancestors of an agency, top first, ending with the agency itself (for the breadcrumb). */
async function loadPath(id: string): Promise<Agency[]> {
  const path: Agency[] = [];
  const seen = new Set<string>();
  let next: string | null = id;
  // A cycle would be a data error; the guard keeps the page alive if one ever slips in.
  while (next && !seen.has(next) && path.length < 12) {
    seen.add(next);
    const agency: Agency = await cachedAgency(next);
    path.unshift(agency);
    next = agency.parentId;
  }
  return path;
}

export function useAgencyDirectory() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readDirectoryState(params), [params]);

  const navigate = useCallback(
    (next: DirectoryState, options?: { replace?: boolean }) => setParams(writeDirectoryState(next), options),
    [setParams],
  );
  const update = useCallback(
    (patch: Partial<DirectoryState>, options?: { replace?: boolean }) =>
      navigate({ ...state, ...patch }, options),
    [navigate, state],
  );

  const query = toAgencyQuery(state);
  const list = useApiQuery(JSON.stringify(query), (signal) => listAgencies(query, signal));
  const detail = useApiQuery(state.selectedId ? `agency:${state.selectedId}` : null, () =>
    cachedAgency(state.selectedId!),
  );
  const path = useApiQuery(state.parentId ? `path:${state.parentId}` : null, () => loadPath(state.parentId!));

  return { state, update, navigate, list, detail, path };
}
