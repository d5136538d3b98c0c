import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import type { AgencyOption } from '../api/catalogue-admin.api.ts';

/** Names of agencies already seen, shared by the list and the editor (agency names rarely change). */
const known = new Map<string, string>();

async function fetchName(id: string): Promise<void> {
  if (known.has(id)) return;
  try {
    const agency = await unwrap(api.GET('/api/agencies/{id}', { params: { path: { id } } }));
    known.set(id, agency.name);
  } catch {
    // An agency that cannot be read (removed, network) keeps showing its placeholder.
  }
}

/** The names of the given agencies, fetched one by one for those not seen yet (a page shows at most 20). */
export function useAgencyNames(ids: readonly string[]): Map<string, string> {
  const [, setVersion] = useState(0);
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = key ? key.split(',').filter((id) => !known.has(id)) : [];
    if (missing.length === 0) return;
    let alive = true;
    void Promise.all(missing.map(fetchName)).then(() => {
      if (alive) setVersion((v) => v + 1);
    });
    return () => {
      alive = false;
    };
  }, [key]);
  return known;
}

/**
 * Options for an agency select searched on the server (the province has more agencies than one list
 * answer holds): the search results, plus the selected agency so its name shows before any search.
 */
export function useAgencySearch(selectedId: string | undefined): {
  options: { value: string; label: string }[];
  search: (q: string) => void;
  loading: boolean;
} {
  const [found, setFound] = useState<AgencyOption[]>([]);
  const [loading, setLoading] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const names = useAgencyNames(selectedId ? [selectedId] : []);

  const search = (q: string) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setLoading(true);
    unwrap(
      api.GET('/api/agencies', {
        params: { query: { ...(q.trim() ? { q: q.trim() } : {}), limit: 50 } },
        signal: c.signal,
      }),
    )
      .then((page) => {
        for (const a of page.items) known.set(a.id, a.name);
        setFound(page.items);
      })
      .catch(() => {
        // A failed search keeps the previous options; the next keystroke tries again.
      })
      .finally(() => {
        if (!c.signal.aborted) setLoading(false);
      });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page of the directory, once.
  useEffect(() => {
    search('');
    return () => controller.current?.abort();
  }, []);

  const options = found.map((a) => ({ value: a.id, label: a.name }));
  if (selectedId && !found.some((a) => a.id === selectedId))
    options.unshift({ value: selectedId, label: names.get(selectedId) ?? selectedId });
  return { options, search, loading };
}
