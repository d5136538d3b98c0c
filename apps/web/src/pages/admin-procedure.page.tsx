import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import type { Procedure } from '../modules/services/api/procedures.api.ts';
import { fetchProcedure } from '../modules/services/api/procedures.api.ts';
import { ProcedureEditor } from '../modules/services/components/admin/procedure-editor.tsx';
import { RetirePanel, ServiceLevelPanel } from '../modules/services/components/admin/service-level-panel.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function AdminProcedurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useApiQuery(id, (signal) => fetchProcedure(id, signal));
  const [latest, setLatest] = useState<Procedure | null>(null);
  const [saved, setSaved] = useState(Boolean((location.state as { created?: boolean } | null)?.created));
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const procedure =
    latest && latest.id === query.data.id && latest.version >= query.data.version ? latest : query.data;
  const changed = (p: Procedure) => {
    setLatest(p);
    setSaved(false);
  };
  return (
    <>
      <Link to={ROUTES.adminProcedures} className="op-back-link">
        {t('catalogue.back')}
      </Link>
      <PageHeading caption={t('catalogue.caption', { code: procedure.nationalCode })}>
        {procedure.name}
      </PageHeading>
      <p>
        <Link to={ROUTES.procedure(procedure.id)} data-testid="catalogue-public-link">
          {t('catalogue.publicPage')}
        </Link>
      </p>
      <div aria-live="polite">
        {saved ? (
          <p className="op-alert op-alert-success" data-testid="editor-saved">
            {t('catalogue.saved')}
          </p>
        ) : null}
      </div>
      <ServiceLevelPanel procedure={procedure} onChanged={changed} />
      <RetirePanel procedure={procedure} onChanged={changed} />
      <section className="op-panel" aria-labelledby="editor-heading">
        <h2 id="editor-heading">{t('catalogue.editTitle')}</h2>
        {procedure.validTo ? (
          <p className="op-muted">{t('catalogue.retiredNoEdit')}</p>
        ) : (
          <ProcedureEditor
            key={procedure.version}
            procedure={procedure}
            onSaved={(p) => {
              setLatest(p);
              setSaved(true);
            }}
          />
        )}
      </section>
    </>
  );
}
