import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { AgencyBreadcrumb } from '../modules/identity/components/agency-breadcrumb.tsx';
import { AgencyFilters } from '../modules/identity/components/agency-filters.tsx';
import { AgencyTable } from '../modules/identity/components/agency-table.tsx';
import { isSearching } from '../modules/identity/hooks/agency-directory-state.ts';
import { useAgencyDirectory } from '../modules/identity/hooks/use-agency-directory.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** The directory as the administrator sees it: the same tree and search, each name opening the edit form. */
export default function AdminAgenciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, navigate: go, update, list, path } = useAgencyDirectory();
  return (
    <>
      <PageHeading intro={t('admin.agencies.intro')}>{t('admin.agencies.title')}</PageHeading>
      <p>
        <Button
          type="primary"
          onClick={() => navigate(ROUTES.adminAgencyNew(state.parentId ?? undefined))}
          data-testid="agency-new"
        >
          {state.parentId ? t('admin.agencies.newHere') : t('admin.agencies.new')}
        </Button>
      </p>
      <AgencyFilters state={state} onChange={go} />
      <section aria-labelledby="admin-agency-list-heading" className="op-panel">
        <h2 id="admin-agency-list-heading" className="op-visually-hidden">
          {t('agencies.listCaption')}
        </h2>
        <AgencyBreadcrumb state={state} path={path.data} isSearching={isSearching(state)} />
        {list.problem ? <ProblemAlert problem={list.problem} /> : null}
        {path.problem ? <ProblemAlert problem={path.problem} /> : null}
        <AgencyTable
          state={state}
          page={list.data}
          isLoading={list.isLoading}
          nameHref={(agency) => ROUTES.adminAgency(agency.id)}
          onPage={(page, pageSize) => update({ page: pageSize === state.pageSize ? page : 1, pageSize })}
        />
      </section>
    </>
  );
}
