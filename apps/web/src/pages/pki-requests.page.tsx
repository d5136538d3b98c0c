import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { listRequests, REQUEST_STATUSES, type RequestStatus } from '../modules/pki/api/pki.api.ts';
import { RequestForm } from '../modules/pki/components/request-form.tsx';
import { RequestTable } from '../modules/pki/components/request-table.tsx';
import { StatusTabs } from '../modules/pki/components/status-tabs.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const isStatus = (v: string | null): v is RequestStatus =>
  v !== null && (REQUEST_STATUSES as readonly string[]).includes(v);

export default function PkiRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [params] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : null;
  const requests = useApiQuery(`requests|${status ?? ''}`, (signal) =>
    listRequests(status ? { status } : {}, signal),
  );
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <PageHeading intro={t('pki.requests.intro')}>{t('pki.requests.title')}</PageHeading>
      <section className="op-panel" aria-labelledby="new-request">
        <h2 id="new-request">{t('pki.requests.new')}</h2>
        <RequestForm
          agencyId={session.me?.agency?.id}
          onCreated={(r) => {
            setCreated(r.holderName);
            requests.reload();
          }}
        />
        <div aria-live="polite">
          {created ? (
            <p className="op-muted" data-testid="request-created">
              {t('pki.requests.created', { name: created })}
            </p>
          ) : null}
        </div>
      </section>
      <h2>{t('pki.requests.listTitle')}</h2>
      <StatusTabs
        label={t('pki.requests.filter')}
        statuses={REQUEST_STATUSES}
        current={status}
        hrefFor={(s) => (s ? `${ROUTES.pkiRequests}?status=${s}` : ROUTES.pkiRequests)}
        labelFor={(s) => t(`pki.requestStatus.${s}`)}
        testId="request-filter"
      />
      {requests.problem ? <ProblemAlert problem={requests.problem} /> : null}
      <RequestTable
        query={requests}
        certificateHref={ROUTES.pkiCertificate}
        onIssued={(c) => navigate(ROUTES.pkiCertificate(c.id))}
      />
    </>
  );
}
