import { useTranslation } from 'react-i18next';
import { PdfVerification } from '../modules/pki/components/pdf-verification.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

/** Public: anyone checks the signatures of a PDF they received (no antd, loads on a slow phone). */
export default function VerifyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading intro={t('pki.verify.intro')}>{t('pki.verify.title')}</PageHeading>
      <PdfVerification />
    </>
  );
}
