import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../api/agencies.api.ts';

export interface AgencyOption {
  id: string;
  name: string;
  abbreviation: string;
}

/**
 * Picks an agency from the directory by typing part of its name, abbreviation or code (the API ignores
 * diacritics). `value` is the agency id; `initial` labels it before any search has run.
 */
export function AgencySelect({
  id,
  value,
  onChange,
  initial,
  allowClear,
  placeholder,
  exclude,
  testId,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  initial?: AgencyOption | null;
  allowClear?: boolean;
  placeholder?: string;
  /** An agency that must not be offered (an agency cannot be moved under itself). */
  exclude?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<AgencyOption[]>(initial ? [initial] : []);
  const [searching, setSearching] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    if (initial) setOptions((list) => (list.some((a) => a.id === initial.id) ? list : [initial, ...list]));
  }, [initial]);
  useEffect(() => () => controller.current?.abort(), []);

  async function search(q: string) {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setSearching(true);
    try {
      const page = await listAgencies({ ...(q.trim() ? { q: q.trim() } : {}), limit: 30 }, mine.signal);
      const found = page.items.map(({ id: agencyId, name, abbreviation }) => ({
        id: agencyId,
        name,
        abbreviation,
      }));
      const selected = options.find((a) => a.id === value);
      setOptions(selected && !found.some((a) => a.id === selected.id) ? [selected, ...found] : found);
    } catch {
      // A failed search keeps the previous options; the next keystroke tries again.
    } finally {
      if (!mine.signal.aborted) setSearching(false);
    }
  }

  return (
    <Select<string>
      {...(id ? { id } : {})}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear={allowClear}
      placeholder={placeholder ?? t('admin.agencySelect.placeholder')}
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      onFocus={() => options.length <= 1 && void search('')}
      notFoundContent={searching ? <Spin size="small" /> : t('admin.agencySelect.none')}
      options={options
        .filter((a) => a.id !== exclude)
        .map((a) => ({ value: a.id, label: a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name }))}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
