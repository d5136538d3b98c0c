import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { ProcedureSearch } from '../modules/services/components/procedure-search.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

/** The citizens' front door: find a procedure, or follow a dossier already filed. */
export default function PortalHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading intro={t('portal.home.intro')}>{t('portal.home.title')}</PageHeading>
      <ProcedureSearch procedureHref={ROUTES.procedure} />
      <section className="op-portal-cards" aria-labelledby="portal-more">
        <h2 id="portal-more">{t('portal.home.more')}</h2>
        <ul>
          <li>
            <Link to={ROUTES.lookup}>{t('portal.home.lookup')}</Link>
            <p className="op-hint">{t('portal.home.lookupHint')}</p>
          </li>
          <li>
            <Link to={ROUTES.citizenRegister}>{t('portal.home.register')}</Link>
            <p className="op-hint">{t('portal.home.registerHint')}</p>
          </li>
        </ul>
      </section>
    </>
  );
}
