import { IDENTITY_PERMISSIONS } from '@openprovince/identity/contracts';
import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { listOfficials, type OfficialQuery } from '../modules/identity/api/admin.api.ts';
import { getAgency } from '../modules/identity/api/agencies.api.ts';
import { AgencySelect } from '../modules/identity/components/agency-select.tsx';
import { OfficialTable } from '../modules/identity/components/official-table.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Officials' accounts in the administrator's reach. The API scopes the list: an agency administrator only
 * ever receives their own agency's accounts, so the agency filter is offered to province-wide ones only.
 * Search, agency and page live in the address.
 */
export default function AdminOfficialsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const provinceWide = session.me?.permissions.includes(IDENTITY_PERMISSIONS.manageAllOfficials) ?? false;
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').slice(0, 200);
  const rawAgency = params.get('agency');
  const agencyId = provinceWide && rawAgency && UUID.test(rawAgency) ? rawAgency : null;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const query: OfficialQuery = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  if (q) query.q = q;
  if (agencyId) query.agencyId = agencyId;
  const list = useApiQuery(JSON.stringify(query), (signal) => listOfficials(query, signal));
  const agency = useApiQuery(agencyId ? `agency:${agencyId}` : null, (signal) =>
    getAgency(agencyId as string, signal),
  );

  const go = (next: { q?: string; agency?: string | null; page?: number }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    const na = next.agency === undefined ? agencyId : next.agency;
    if (nq) p.set('q', nq);
    if (na) p.set('agency', na);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    go({ q: text.trim() });
  }

  return (
    <>
      <PageHeading
        intro={
          provinceWide
            ? t('admin.officials.introAll')
            : t('admin.officials.introOwn', { agency: session.me?.agency?.name ?? '' })
        }
      >
        {t('admin.officials.title')}
      </PageHeading>
      <p>
        <Button
          type="primary"
          onClick={() => navigate(ROUTES.adminOfficialNew(agencyId ?? undefined))}
          data-testid="official-new"
        >
          {t('admin.officials.new')}
        </Button>
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not a landmark in browsers older than 2023, still common in offices. */}
      <form role="search" aria-label={t('admin.officials.filters')} className="op-filters" onSubmit={submit}>
        <Field id="official-q" label={t('admin.officials.searchLabel')} className="op-filter-q">
          <Input
            id="official-q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('admin.officials.searchPlaceholder')}
            allowClear
            maxLength={200}
            data-testid="official-search"
          />
        </Field>
        {provinceWide ? (
          <Field id="official-agency-filter" label={t('admin.official.agency')}>
            <AgencySelect
              id="official-agency-filter"
              value={agencyId}
              initial={agency.data?.id === agencyId ? (agency.data ?? null) : null}
              onChange={(value) => go({ agency: value })}
              allowClear
              placeholder={t('common.all')}
              testId="official-agency-filter"
            />
          </Field>
        ) : null}
        <div className="op-filter-actions">
          <Button type="primary" htmlType="submit" data-testid="official-search-submit">
            {t('common.search')}
          </Button>
          <Button htmlType="button" onClick={() => setParams(new URLSearchParams())}>
            {t('common.reset')}
          </Button>
        </div>
      </form>
      {list.problem ? <ProblemAlert problem={list.problem} /> : null}
      <OfficialTable
        query={list}
        href={ROUTES.adminOfficial}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => go({ page: p })}
      />
    </>
  );
}
