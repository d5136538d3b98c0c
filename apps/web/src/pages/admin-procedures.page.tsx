import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { CatalogueAdminList } from '../modules/services/components/admin/catalogue-admin-list.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function AdminProceduresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading intro={t('catalogue.intro')}>{t('catalogue.title')}</PageHeading>
      <p>
        <Button type="primary" onClick={() => navigate(ROUTES.adminProcedureNew)} data-testid="catalogue-new">
          {t('catalogue.new')}
        </Button>
      </p>
      <CatalogueAdminList href={ROUTES.adminProcedure} />
    </>
  );
}
