import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { fetchProcedure } from '../modules/services/api/procedures.api.ts';
import { ProcedureDetails } from '../modules/services/components/procedure-details.tsx';
import { acceptsOnline } from '../modules/services/utils/procedure-text.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function ProcedurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useApiQuery(id, (signal) => fetchProcedure(id, signal));
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const procedure = query.data;
  const online = acceptsOnline(procedure.serviceLevel?.level);
  const isCitizen = session.me?.kind === 'citizen';
  return (
    <>
      <Link to={ROUTES.home} className="op-back-link">
        {t('portal.backToSearch')}
      </Link>
      <PageHeading
        caption={procedure.fieldName}
        intro={
          procedure.agencyName
            ? t('citizenPortal.search.handledBy', { name: procedure.agencyName })
            : undefined
        }
      >
        {procedure.name}
      </PageHeading>
      <ProcedureDetails procedure={procedure} />
      <section className="op-start" aria-labelledby="apply-heading">
        <h2 id="apply-heading">{t('procedure.applyTitle')}</h2>
        {online ? (
          <>
            <p>{isCitizen ? t('procedure.applyIntro') : t('procedure.signInFirst')}</p>
            <Link
              to={ROUTES.apply(procedure.id)}
              className="op-button op-button-primary op-button-start"
              data-testid="apply-start"
            >
              {t('procedure.applyStart')}
            </Link>
          </>
        ) : (
          <p>{t('procedure.notOnline')}</p>
        )}
      </section>
    </>
  );
}
