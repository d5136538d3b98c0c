import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { fetchOutgoing, type Outgoing } from '../modules/documents/api/documents.api.ts';
import { OutgoingDetail } from '../modules/documents/components/outgoing-detail.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useApiQuery(id, (signal) => fetchOutgoing(id, signal));
  const [latest, setLatest] = useState<Outgoing | null>(null);
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const doc = latest && latest.id === id && latest.version >= query.data.version ? latest : query.data;
  return (
    <>
      <Link to={`${ROUTES.documents}?tab=outgoing`} className="op-back-link">
        {t('documents.back')}
      </Link>
      <PageHeading caption={doc.numberSymbol ?? t('documents.outgoingCaption')}>{doc.subject}</PageHeading>
      <OutgoingDetail
        doc={doc}
        me={{
          id: session.me?.id ?? '',
          permissions: session.me?.permissions ?? [],
          position: session.me?.position,
        }}
        onChanged={setLatest}
        onStale={() => {
          setLatest(null);
          query.reload();
        }}
      />
    </>
  );
}
