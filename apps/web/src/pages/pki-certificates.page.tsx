import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import {
  CERTIFICATE_STATUSES,
  type CertificateStatus,
  fetchStats,
  listCertificates,
} from '../modules/pki/api/pki.api.ts';
import { CertificateKpis, CertificateTable } from '../modules/pki/components/certificate-table.tsx';
import { StatusTabs } from '../modules/pki/components/status-tabs.tsx';
import { thisYearSoFar } from '../modules/pki/utils/period.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const isStatus = (v: string | null): v is CertificateStatus =>
  v !== null && (CERTIFICATE_STATUSES as readonly string[]).includes(v);

export default function PkiCertificatesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : null;
  const certificates = useApiQuery(`certificates|${status ?? ''}`, (signal) =>
    listCertificates(status ? { status } : {}, signal),
  );
  const stats = useApiQuery('pki-stats', (signal) => {
    const { from, to } = thisYearSoFar();
    return fetchStats(from, to, signal);
  });
  return (
    <>
      <PageHeading intro={t('pki.certificates.intro')}>{t('pki.certificates.title')}</PageHeading>
      {stats.data ? <CertificateKpis stats={stats.data} /> : null}
      {stats.problem ? <ProblemAlert problem={stats.problem} /> : null}
      <StatusTabs
        label={t('pki.certificates.filter')}
        statuses={CERTIFICATE_STATUSES}
        current={status}
        hrefFor={(s) => (s ? `${ROUTES.pkiCertificates}?status=${s}` : ROUTES.pkiCertificates)}
        labelFor={(s) => t(`pki.certificateStatus.${s}`)}
        testId="certificate-filter"
      />
      {certificates.problem ? <ProblemAlert problem={certificates.problem} /> : null}
      <CertificateTable query={certificates} href={ROUTES.pkiCertificate} />
    </>
  );
}
