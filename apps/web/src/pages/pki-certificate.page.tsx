import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { type Certificate, fetchCertificate } from '../modules/pki/api/pki.api.ts';
import { CertificateDetail } from '../modules/pki/components/certificate-detail.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function PkiCertificatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useApiQuery(id, (signal) => fetchCertificate(id, signal));
  const [latest, setLatest] = useState<Certificate | null>(null);
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const c = latest && latest.id === id ? latest : query.data;
  return (
    <>
      <Link to={ROUTES.pkiCertificates} className="op-back-link">
        {t('pki.certificates.back')}
      </Link>
      <PageHeading caption={t(`pki.kinds.${c.kind}`)}>{c.holderName}</PageHeading>
      <CertificateDetail
        key={c.id}
        certificate={c}
        href={ROUTES.pkiCertificate}
        onChanged={setLatest}
        onRenewed={(renewed) => navigate(ROUTES.pkiCertificate(renewed.id))}
      />
    </>
  );
}
