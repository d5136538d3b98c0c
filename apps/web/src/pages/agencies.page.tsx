import { useTranslation } from 'react-i18next';
import { AgencyBreadcrumb } from '../modules/identity/components/agency-breadcrumb.tsx';
import { AgencyDetail } from '../modules/identity/components/agency-detail.tsx';
import { AgencyFilters } from '../modules/identity/components/agency-filters.tsx';
import { AgencyTable } from '../modules/identity/components/agency-table.tsx';
import { isSearching } from '../modules/identity/hooks/agency-directory-state.ts';
import { useAgencyDirectory } from '../modules/identity/hooks/use-agency-directory.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function AgenciesPage() {
  const { t } = useTranslation();
  const { state, navigate, update, list, detail, path } = useAgencyDirectory();
  return (
    <>
      <PageHeading intro={t('agencies.intro')}>{t('agencies.title')}</PageHeading>
      <AgencyFilters state={state} onChange={navigate} />
      <div className="op-directory">
        <section aria-labelledby="agency-list-heading" className="op-panel op-agency-list">
          <h2 id="agency-list-heading" className="op-visually-hidden">
            {t('agencies.listCaption')}
          </h2>
          <AgencyBreadcrumb state={state} path={path.data} isSearching={isSearching(state)} />
          {list.problem ? <ProblemAlert problem={list.problem} /> : null}
          {path.problem ? <ProblemAlert problem={path.problem} /> : null}
          <AgencyTable
            state={state}
            page={list.data}
            isLoading={list.isLoading}
            onPage={(page, pageSize) => update({ page: pageSize === state.pageSize ? page : 1, pageSize })}
          />
        </section>
        <AgencyDetail
          state={state}
          agency={detail.data}
          problem={detail.problem}
          isLoading={detail.isLoading}
        />
      </div>
    </>
  );
}
