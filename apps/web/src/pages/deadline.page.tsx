import { useTranslation } from 'react-i18next';
import { DeadlineForm } from '../modules/calendar/components/deadline-form.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function DeadlinePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading intro={t('deadline.intro')}>{t('deadline.title')}</PageHeading>
      <DeadlineForm />
    </>
  );
}
