import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { ProcedureEditor } from '../modules/services/components/admin/procedure-editor.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function AdminProcedureNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Link to={ROUTES.adminProcedures} className="op-back-link">
        {t('catalogue.back')}
      </Link>
      <PageHeading intro={t('catalogue.newIntro')}>{t('catalogue.newTitle')}</PageHeading>
      <ProcedureEditor
        headingLevel={2}
        onSaved={(p) => navigate(ROUTES.adminProcedure(p.id), { state: { created: true } })}
      />
    </>
  );
}
