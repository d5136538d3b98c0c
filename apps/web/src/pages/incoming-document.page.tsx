import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { fetchIncoming, type Incoming, listDirectives } from '../modules/documents/api/documents.api.ts';
import { IncomingDetail } from '../modules/documents/components/incoming-detail.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function IncomingDocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useApiQuery(id, (signal) => fetchIncoming(id, signal));
  const directives = useApiQuery(`d|${id}`, (signal) => listDirectives(id, signal));
  const [latest, setLatest] = useState<Incoming | null>(null);
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  const doc = latest && latest.id === id && latest.version >= query.data.version ? latest : query.data;
  return (
    <>
      <Link to={`${ROUTES.documents}?tab=incoming`} className="op-back-link">
        {t('documents.back')}
      </Link>
      <PageHeading
        caption={t('documents.incomingCaption', { number: doc.numberSymbol, sender: doc.senderName })}
      >
        {doc.subject}
      </PageHeading>
      {directives.problem ? <ProblemAlert problem={directives.problem} /> : null}
      <IncomingDetail
        doc={doc}
        directives={directives.data ?? []}
        permissions={session.me?.permissions ?? []}
        onChanged={setLatest}
        onDirectivesChanged={() => {
          // A directive moves the document to "assigned": reload both.
          setLatest(null);
          query.reload();
          directives.reload();
        }}
        onStale={() => {
          setLatest(null);
          query.reload();
        }}
      />
    </>
  );
}
