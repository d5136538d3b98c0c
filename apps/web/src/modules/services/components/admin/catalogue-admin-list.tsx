import { Button, DatePicker, Input, Select } from 'antd';
import '../../catalogue-admin.css';
import dayjs, { type Dayjs } from 'dayjs';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../../api/use-api-query.ts';
import { Field } from '../../../../ui/field.tsx';
import { formatDate, formatNumber } from '../../../../ui/format.ts';
import { ProblemAlert } from '../../../../ui/problem-alert.tsx';
import { PagedTable } from '../../../../ui/workspace/paged-table.tsx';
import {
  DECREE42_MODES,
  DECREE43_LEVELS,
  fetchServiceLevelStats,
  IMPLEMENTING_LEVELS,
  type ImplementingLevel,
  type LevelValue,
} from '../../api/catalogue-admin.api.ts';
import { type ProcedureSummary, searchProcedures } from '../../api/procedures.api.ts';
import { useAgencyNames, useAgencySearch } from '../../hooks/use-agencies.ts';
import { timeLimitKey } from '../../utils/procedure-text.ts';
import { ServiceLevelBadge } from '../service-level-badge.tsx';

const PAGE_SIZE = 20;
const isLevel = (v: string | null): v is ImplementingLevel =>
  v !== null && (IMPLEMENTING_LEVELS as readonly string[]).includes(v);
const SERVICE_LEVELS = [...DECREE42_MODES, ...DECREE43_LEVELS] as const;
const isServiceLevel = (v: string | null): v is LevelValue =>
  v !== null && (SERVICE_LEVELS as readonly string[]).includes(v);

/**
 * The catalogue as administrators see it: accent-free search, filters by agency, level of government and
 * online service level, the date the catalogue is read at (a retired procedure shows on dates it applied),
 * the counts of /api/procedures/stats for that date. Filters live in the address.
 */
export function CatalogueAdminList({ href }: { href: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const agencyId = params.get('agency') ?? '';
  const rawLevel = params.get('level');
  const level = isLevel(rawLevel) ? rawLevel : undefined;
  const rawService = params.get('service');
  const serviceLevel = isServiceLevel(rawService) ? rawService : undefined;
  const asOf = params.get('asOf') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const agencySearch = useAgencySearch(agencyId || undefined);
  const list = useApiQuery(`${q}|${agencyId}|${level}|${serviceLevel}|${asOf}|${page}`, (signal) =>
    searchProcedures(
      {
        ...(q ? { q } : {}),
        ...(agencyId ? { agencyId } : {}),
        ...(level ? { implementingLevel: level } : {}),
        ...(serviceLevel ? { serviceLevel } : {}),
        ...(asOf ? { asOf } : {}),
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      },
      signal,
    ),
  );
  const agencyNames = useAgencyNames((list.data?.items ?? []).map((p) => p.agencyId));
  const stats = useApiQuery(`stats|${asOf}`, (signal) =>
    fetchServiceLevelStats(asOf ? { asOf } : {}, signal),
  );

  const apply = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    apply({ q: text.trim() || undefined });
  }

  const count = (scheme: string, value: string) =>
    stats.data?.byLevel.find((r) => r.scheme === scheme && r.level === value)?.count ?? 0;
  const number = (n: number) => formatNumber(n, i18n.language);

  return (
    <>
      {stats.data ? (
        <ul className="op-kpis" data-testid="catalogue-stats" aria-label={t('catalogue.stats.label')}>
          <li>
            <span className="op-kpi-label">
              {t('catalogue.stats.total', { date: formatDate(stats.data.asOf) })}
            </span>
            <span className="op-kpi-value" data-testid="catalogue-stats-total">
              {number(stats.data.total)}
            </span>
          </li>
          <li>
            <span className="op-kpi-label">{t('procedure.level.full')}</span>
            <span className="op-kpi-value" data-testid="catalogue-stats-full">
              {number(count('decree42', 'full'))}
            </span>
          </li>
          <li>
            <span className="op-kpi-label">{t('procedure.level.partial')}</span>
            <span className="op-kpi-value">{number(count('decree42', 'partial'))}</span>
          </li>
          <li>
            <span className="op-kpi-label">{t('catalogue.stats.published')}</span>
            <span className="op-kpi-value">{number(stats.data.publishedNationally)}</span>
          </li>
        </ul>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not a landmark in browsers older than 2023, still common in offices. */}
      <form role="search" aria-label={t('catalogue.filters')} className="op-filters" onSubmit={submit}>
        <Field id="catalogue-q" label={t('catalogue.searchLabel')} className="op-filter-q">
          <Input
            id="catalogue-q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('catalogue.searchPlaceholder')}
            allowClear
            maxLength={200}
          />
        </Field>
        <Field id="catalogue-agency" label={t('catalogue.agency')}>
          <Select<string>
            id="catalogue-agency"
            value={agencyId || undefined}
            onChange={(v) => apply({ agency: v })}
            allowClear
            showSearch={{ filterOption: false, onSearch: agencySearch.search }}
            placeholder={t('common.all')}
            loading={agencySearch.loading}
            options={agencySearch.options}
            className="op-filter-kind"
            popupMatchSelectWidth={false}
          />
        </Field>
        <Field id="catalogue-level" label={t('catalogue.implementingLevel')}>
          <Select<ImplementingLevel>
            id="catalogue-level"
            value={level}
            onChange={(v) => apply({ level: v })}
            allowClear
            placeholder={t('common.all')}
            options={IMPLEMENTING_LEVELS.map((l) => ({ value: l, label: t(`agencyLevel.${l}`) }))}
            className="op-filter-select"
          />
        </Field>
        <Field id="catalogue-service" label={t('procedure.serviceLevel')}>
          <Select<LevelValue>
            id="catalogue-service"
            value={serviceLevel}
            onChange={(v) => apply({ service: v })}
            allowClear
            placeholder={t('common.all')}
            options={SERVICE_LEVELS.map((l) => ({ value: l, label: t(`procedure.level.${l}`) }))}
            className="op-filter-kind"
            popupMatchSelectWidth={false}
          />
        </Field>
        <Field id="catalogue-as-of" label={t('catalogue.asOf')}>
          <DatePicker
            id="catalogue-as-of"
            format="DD/MM/YYYY"
            placeholder={t('common.datePlaceholder')}
            value={asOf ? dayjs(asOf) : null}
            onChange={(value: Dayjs | null) =>
              apply({ asOf: value ? value.format('YYYY-MM-DD') : undefined })
            }
            className="op-filter-date"
          />
        </Field>
        <div className="op-filter-actions">
          <Button type="primary" htmlType="submit" data-testid="catalogue-search-submit">
            {t('common.search')}
          </Button>
        </div>
      </form>
      {list.problem ? <ProblemAlert problem={list.problem} /> : null}
      {stats.problem ? <ProblemAlert problem={stats.problem} /> : null}
      <PagedTable<ProcedureSummary>
        testId="catalogue-table"
        query={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => apply({ page: String(p) })}
        emptyText={<span className="op-muted">{t('catalogue.empty')}</span>}
        totalText={(count) => t('catalogue.total', { count })}
        rowKey="id"
        scrollX={900}
        columns={[
          { title: t('procedure.code'), dataIndex: 'nationalCode', className: 'op-col-nowrap' },
          {
            title: t('catalogue.name'),
            dataIndex: 'name',
            render: (name: string, row) => (
              <Link to={href(row.id)} data-testid="catalogue-link">
                {name}
              </Link>
            ),
          },
          {
            title: t('catalogue.agency'),
            dataIndex: 'agencyId',
            render: (id: string) => agencyNames.get(id) ?? '—',
          },
          {
            title: t('catalogue.implementingLevel'),
            dataIndex: 'implementingLevel',
            render: (l: ImplementingLevel) => t(`agencyLevel.${l}`),
          },
          {
            title: t('procedure.timeLimitLabel'),
            dataIndex: 'timeLimit',
            className: 'op-col-nowrap',
            render: (limit: ProcedureSummary['timeLimit']) => {
              const { key, count } = timeLimitKey(limit);
              return t(key, { count });
            },
          },
          {
            title: t('procedure.serviceLevel'),
            dataIndex: 'serviceLevel',
            render: (s: ProcedureSummary['serviceLevel']) => <ServiceLevelBadge level={s?.level ?? null} />,
          },
          {
            title: t('catalogue.validity'),
            dataIndex: 'validFrom',
            className: 'op-col-nowrap',
            render: (from: string, row) =>
              row.validTo
                ? t('catalogue.validBetween', { from: formatDate(from), to: formatDate(row.validTo) })
                : t('catalogue.validSince', { from: formatDate(from) }),
          },
        ]}
      />
    </>
  );
}
