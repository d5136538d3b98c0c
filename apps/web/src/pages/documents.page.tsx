import { DOCUMENT_PERMISSIONS } from '@openprovince/documents/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { listIncoming, listOutgoing, listRegisters } from '../modules/documents/api/documents.api.ts';
import { IncomingTable } from '../modules/documents/components/incoming-table.tsx';
import { OutgoingTable } from '../modules/documents/components/outgoing-table.tsx';
import { RegisterList } from '../modules/documents/components/register-list.tsx';
import { WorkQueue } from '../modules/documents/components/work-queue.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { vietnamToday } from '../ui/format.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const TABS = ['queue', 'outgoing', 'incoming', 'registers'] as const;
type Tab = (typeof TABS)[number];
const PAGE_SIZE = 20;

const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

/**
 * The documents workspace: the work waiting for me (the default), outgoing, incoming and the registers;
 * the tab and page live in the address.
 */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const permissions = session.me?.permissions ?? [];
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'queue';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const year = Number(vietnamToday().slice(0, 4));
  const offset = (page - 1) * PAGE_SIZE;
  const outgoing = useApiQuery(tab === 'outgoing' ? `o|${page}` : null, (signal) =>
    listOutgoing({ limit: PAGE_SIZE, offset }, signal),
  );
  const incoming = useApiQuery(tab === 'incoming' ? `i|${page}` : null, (signal) =>
    listIncoming({ limit: PAGE_SIZE, offset }, signal),
  );
  const registers = useApiQuery(tab === 'registers' ? `r|${year}` : null, (signal) =>
    listRegisters(year, signal),
  );
  const problem = outgoing.problem ?? incoming.problem ?? registers.problem;
  const onPage = (p: number) => setParams({ tab, page: String(p) });
  return (
    <>
      <PageHeading intro={t('documents.intro')}>{t('documents.title')}</PageHeading>
      <nav aria-label={t('documents.tabs')} className="op-tabs">
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <NavLink
                to={`${ROUTES.documents}?tab=${name}`}
                className={() => (name === tab ? 'op-tab is-active' : 'op-tab')}
                aria-current={name === tab ? 'page' : undefined}
                data-testid={`documents-tab-${name}`}
              >
                {t(`documents.tab.${name}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {tab === 'queue' ? (
        <WorkQueue
          permissions={permissions}
          documentHref={ROUTES.document}
          incomingHref={ROUTES.incomingDocument}
        />
      ) : null}
      {tab === 'outgoing' ? (
        <>
          {permissions.includes(DOCUMENT_PERMISSIONS.draft) ? (
            <p>
              <Button type="primary" onClick={() => navigate(ROUTES.documentNew)} data-testid="document-new">
                {t('documents.new')}
              </Button>
            </p>
          ) : null}
          <OutgoingTable
            query={outgoing}
            href={ROUTES.document}
            page={page}
            pageSize={PAGE_SIZE}
            onPage={onPage}
          />
        </>
      ) : null}
      {tab === 'incoming' ? (
        <IncomingTable
          query={incoming}
          href={ROUTES.incomingDocument}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={onPage}
        />
      ) : null}
      {tab === 'registers' ? (
        <>
          <p className="op-muted">{t('documents.registers.intro', { year })}</p>
          <RegisterList query={registers} />
        </>
      ) : null}
    </>
  );
}
