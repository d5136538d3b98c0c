import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { listDossiers, type Queue } from '../modules/dossiers/api/dossiers.api.ts';
import { QueueTable } from '../modules/dossiers/components/queue-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const QUEUES: readonly Queue[] = ['todo', 'online', 'due-soon', 'overdue', 'apology-due', 'mine', 'all'];
const PAGE_SIZE = 20;

function isQueue(v: string | null): v is Queue {
  return v !== null && (QUEUES as readonly string[]).includes(v);
}

/**
 * The officials' queues; the queue and page live in the address. "Việc cần làm" (todo) first: what waits
 * for this official's role (accept/forward, the specialist's or the leader's step, return the result).
 */
export default function OfficePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('queue');
  const queue: Queue = isQueue(raw) ? raw : 'todo';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = useApiQuery(`${queue}|${page}`, (signal) =>
    listDossiers({ queue, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
  );
  return (
    <>
      <PageHeading intro={t('office.intro')}>{t('office.title')}</PageHeading>
      <nav aria-label={t('office.queues')} className="op-tabs">
        <ul>
          {QUEUES.map((q) => (
            <li key={q}>
              <NavLink
                to={`${ROUTES.office}?queue=${q}`}
                className={() => (q === queue ? 'op-tab is-active' : 'op-tab')}
                aria-current={q === queue ? 'page' : undefined}
                data-testid={`queue-${q}`}
              >
                {t(`office.queue.${q}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      <QueueTable
        query={query}
        dossierHref={ROUTES.officeDossier}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => setParams({ queue, page: String(p) })}
      />
    </>
  );
}
