import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DossierLookup } from '../modules/dossiers/components/dossier-lookup.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function LookupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeading intro={t('lookup.intro')}>{t('lookup.title')}</PageHeading>
      <DossierLookup initialCode={params.get('code') ?? ''} />
    </>
  );
}
