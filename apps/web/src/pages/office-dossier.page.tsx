import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { type Dossier, fetchDossier } from '../modules/dossiers/api/dossiers.api.ts';
import { DossierWorkspace } from '../modules/dossiers/components/dossier-workspace.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function OfficeDossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(id, (signal) => fetchDossier(id, signal));
  const [latest, setLatest] = useState<Dossier | null>(null);
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const dossier = latest && latest.version >= query.data.version ? latest : query.data;
  return (
    <>
      <Link to={ROUTES.office} className="op-back-link">
        {t('office.backToQueues')}
      </Link>
      <PageHeading caption={dossier.procedure.name}>
        {t('office.dossierTitle', { code: dossier.code })}
      </PageHeading>
      <DossierWorkspace
        dossier={dossier}
        onChanged={setLatest}
        onStale={() => {
          setLatest(null);
          query.reload();
        }}
      />
    </>
  );
}
