import { Button, DatePicker, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/field.tsx';
import { AGENCY_KINDS, AGENCY_LEVELS, type AgencyKind, type AgencyLevel } from '../api/agencies.api.ts';
import { DEFAULT_PAGE_SIZE, type DirectoryState } from '../hooks/agency-directory-state.ts';

/** Text search (the API ignores diacritics), level and kind filters, and the date the directory is read at. */
export function AgencyFilters({
  state,
  onChange,
}: {
  state: DirectoryState;
  onChange: (next: DirectoryState) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);

  // A new search or filter starts from the first page of the whole directory.
  const apply = (patch: Partial<DirectoryState>) =>
    onChange({ ...state, parentId: null, selectedId: null, page: 1, ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    apply({ q: text.trim() });
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not a landmark in browsers older than 2023, still common in offices.
    <form role="search" aria-label={t('agencies.filters')} className="op-filters" onSubmit={submit}>
      <Field id="agency-q" label={t('agencies.searchLabel')} className="op-filter-q">
        <Input
          id="agency-q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('agencies.searchPlaceholder')}
          allowClear
          maxLength={200}
          data-testid="agency-search"
        />
      </Field>
      <Field id="agency-level" label={t('agencies.level')}>
        <Select<AgencyLevel>
          id="agency-level"
          value={state.level ?? undefined}
          onChange={(level) => apply({ level: level ?? null })}
          allowClear
          placeholder={t('common.all')}
          options={AGENCY_LEVELS.map((level) => ({ value: level, label: t(`agencyLevel.${level}`) }))}
          className="op-filter-select"
        />
      </Field>
      <Field id="agency-kind" label={t('agencies.kind')}>
        <Select<AgencyKind>
          id="agency-kind"
          value={state.kind ?? undefined}
          onChange={(kind) => apply({ kind: kind ?? null })}
          allowClear
          placeholder={t('common.all')}
          options={AGENCY_KINDS.map((kind) => ({ value: kind, label: t(`agencyKind.${kind}`) }))}
          className="op-filter-select op-filter-kind"
          popupMatchSelectWidth={false}
        />
      </Field>
      <Field id="agency-as-of" label={t('agencies.asOf')}>
        <DatePicker
          id="agency-as-of"
          format="DD/MM/YYYY"
          placeholder={t('common.datePlaceholder')}
          value={state.asOf ? dayjs(state.asOf) : null}
          // Changing the date keeps the place in the tree: the same agencies, as they stood then.
          onChange={(value: Dayjs | null) =>
            onChange({ ...state, page: 1, asOf: value ? value.format('YYYY-MM-DD') : null })
          }
          className="op-filter-date"
        />
      </Field>
      <div className="op-filter-actions">
        <Button type="primary" htmlType="submit" data-testid="agency-search-submit">
          {t('common.search')}
        </Button>
        <Button
          htmlType="button"
          onClick={() =>
            onChange({
              q: '',
              parentId: null,
              level: null,
              kind: null,
              asOf: null,
              page: 1,
              pageSize: state.pageSize || DEFAULT_PAGE_SIZE,
              selectedId: null,
            })
          }
        >
          {t('common.reset')}
        </Button>
      </div>
    </form>
  );
}
