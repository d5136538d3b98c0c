import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.ts';
import { listRoles } from '../modules/identity/api/admin.api.ts';
import { RoleTable } from '../modules/identity/components/role-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** The platform's roles and what each may do, read-only (the table is assembled from every module). */
export default function AdminRolesPage() {
  const { t } = useTranslation();
  const query = useApiQuery('roles', (signal) => listRoles(signal));
  return (
    <>
      <PageHeading intro={t('admin.roles.intro')}>{t('admin.roles.title')}</PageHeading>
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      <RoleTable roles={query.data?.items} isLoading={query.isLoading} />
    </>
  );
}
