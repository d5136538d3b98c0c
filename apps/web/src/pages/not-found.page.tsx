import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading intro={t('notFound.body')}>{t('notFound.title')}</PageHeading>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
