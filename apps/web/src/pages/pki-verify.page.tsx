import { useTranslation } from 'react-i18next';
import { PdfVerification } from '../modules/pki/components/pdf-verification.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

/** The same check inside the officials' workspace (the component is plain markup, shared with the portal). */
export default function PkiVerifyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading intro={t('pki.verify.intro')}>{t('pki.verify.title')}</PageHeading>
      <PdfVerification />
    </>
  );
}
