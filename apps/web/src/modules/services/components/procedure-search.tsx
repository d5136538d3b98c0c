import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { searchProcedures } from '../api/procedures.api.ts';
import { ServiceLevelBadge } from './service-level-badge.tsx';

const PAGE = 20;
const LEVELS = ['province', 'district', 'commune'] as const;
type Level = (typeof LEVELS)[number];
const isLevel = (v: string | null): v is Level => LEVELS.includes(v as Level);

/** The address of a search: the query, the filters and the page, so Back and shared links keep them. */
function searchParams(input: { q: string; level: Level | null; agency: string | null; page?: number }) {
  const next = new URLSearchParams();
  if (input.q) next.set('q', input.q);
  if (input.level) next.set('level', input.level);
  if (input.agency) next.set('agency', input.agency);
  if (input.page && input.page > 1) next.set('page', String(input.page));
  return next;
}

/**
 * Search of the procedure catalogue, accent-free (the API folds diacritics). The query and the filters live
 * in the address (?q=…&level=…&agency=…&page=…) so Back, reload and shared links keep the results. Results
 * are a plain list of links, each naming the agency that handles it and its level: the same title is
 * offered by every district or commune, and the filters narrow to one. A phone shows them full width, a
 * screen reader hears the count first (aria-live).
 */
export function ProcedureSearch({ procedureHref }: { procedureHref: (id: string) => string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const levelParam = params.get('level');
  const level = isLevel(levelParam) ? levelParam : null;
  const agency = params.get('agency');
  const [text, setText] = useState(q);
  const [levelChoice, setLevelChoice] = useState<string>(level ?? '');
  const [agencyChoice, setAgencyChoice] = useState<string>(agency ?? '');
  const key = q.trim() ? `${q}|${level}|${agency}|${page}` : null;
  const result = useApiQuery(key, (signal) =>
    searchProcedures(
      {
        q: q.trim(),
        ...(level ? { implementingLevel: level } : {}),
        ...(agency ? { agencyId: agency } : {}),
        limit: PAGE,
        offset: (page - 1) * PAGE,
      },
      signal,
    ),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    // A new query starts without filters: the agencies of the last one may not offer it.
    setLevelChoice('');
    setAgencyChoice('');
    setParams(searchParams({ q: text.trim(), level: null, agency: null }));
  }

  function filter(event: FormEvent) {
    event.preventDefault();
    setParams(
      searchParams({
        q,
        level: isLevel(levelChoice) ? levelChoice : null,
        agency: agencyChoice || null,
      }),
    );
  }

  const total = result.data?.total ?? 0;
  const pages = Math.ceil(total / PAGE);
  const pageHref = (n: number) => `?${searchParams({ q, level, agency, page: n }).toString()}`;
  const agencies = (result.data?.agencies ?? []).filter((a) => a.agencyName);
  return (
    <section aria-labelledby="procedure-search-heading" className="op-search">
      <h2 id="procedure-search-heading" className="op-visually-hidden">
        {t('portal.search.heading')}
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React's JSX types yet; the role gives the landmark. */}
      <form role="search" onSubmit={submit} className="op-search-form">
        <label htmlFor="procedure-q" className="op-field-label">
          {t('portal.search.label')}
        </label>
        <p id="procedure-q-hint" className="op-hint">
          {t('portal.search.hint')}
        </p>
        <div className="op-search-row">
          <input
            id="procedure-q"
            name="q"
            type="search"
            className="op-input op-search-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="procedure-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="op-button op-button-primary" data-testid="procedure-search-submit">
            {t('common.search')}
          </button>
        </div>
      </form>
      {result.problem ? <ProblemAlert problem={result.problem} /> : null}
      {key && result.isLoading && !result.data ? <Loading /> : null}
      {key && result.data ? (
        <>
          <form onSubmit={filter} className="op-search-filters" aria-label={t('citizenPortal.search.apply')}>
            <div className="op-form-group">
              <label htmlFor="procedure-level" className="op-field-label">
                {t('citizenPortal.search.levelLabel')}
              </label>
              <select
                id="procedure-level"
                className="op-select"
                value={levelChoice}
                onChange={(e) => setLevelChoice(e.target.value)}
                data-testid="procedure-level"
              >
                <option value="">{t('citizenPortal.search.allLevels')}</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`agencyLevel.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="op-form-group">
              <label htmlFor="procedure-agency" className="op-field-label">
                {t('citizenPortal.search.agencyLabel')}
              </label>
              <select
                id="procedure-agency"
                className="op-select op-select-wide"
                value={agencyChoice}
                onChange={(e) => setAgencyChoice(e.target.value)}
                data-testid="procedure-agency"
              >
                <option value="">{t('citizenPortal.search.allAgencies')}</option>
                {agencies.map((a) => (
                  <option key={a.agencyId} value={a.agencyId}>
                    {t('citizenPortal.search.agencyOption', { name: a.agencyName, count: a.count })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="op-button" data-testid="procedure-filter-submit">
              {t('citizenPortal.search.apply')}
            </button>
          </form>
          <p className="op-result-count" aria-live="polite" data-testid="procedure-count">
            {t('portal.search.count', { count: total, q })}
          </p>
          <ol className="op-result-list" data-testid="procedure-results">
            {result.data.items.map((p) => (
              <li key={p.id} className="op-result">
                <Link to={procedureHref(p.id)} className="op-result-title">
                  {p.name}
                </Link>
                <p className="op-result-meta op-result-agency" data-testid="procedure-agency-name">
                  <span>
                    {p.agencyName
                      ? t('citizenPortal.search.handledBy', { name: p.agencyName })
                      : t('citizenPortal.search.unknownAgency')}
                  </span>
                  <span className="op-badge">{t(`agencyLevel.${p.implementingLevel}`)}</span>
                </p>
                <p className="op-result-meta">
                  <span>{t('portal.search.code', { code: p.nationalCode })}</span>
                  <span>{p.fieldName}</span>
                  <ServiceLevelBadge level={p.serviceLevel?.level ?? null} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav aria-label={t('portal.search.pages')} className="op-pager">
              {page > 1 ? (
                <Link to={pageHref(page - 1)} className="op-button">
                  {t('portal.search.previous')}
                </Link>
              ) : null}
              <span>{t('portal.search.page', { page, pages })}</span>
              {page < pages ? (
                <Link to={pageHref(page + 1)} className="op-button">
                  {t('portal.search.next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
