import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES } from '../app/routes.ts';
import { DraftForm } from '../modules/documents/components/draft-form.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function DocumentNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  return (
    <>
      <Link to={ROUTES.documents} className="op-back-link">
        {t('documents.back')}
      </Link>
      <PageHeading intro={t('documents.draft.intro')}>{t('documents.draft.title')}</PageHeading>
      <DraftForm
        agencyAbbreviation={session.me?.agency?.abbreviation}
        onCreated={(doc) => navigate(ROUTES.document(doc.id))}
      />
    </>
  );
}
