import { DOCUMENT_PERMISSIONS } from '@openprovince/documents/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import {
  type Directive,
  type Incoming,
  listDirectivesByStatus,
  listIncoming,
  listOutgoing,
  type Outgoing,
} from '../api/documents.api.ts';
import { directiveStatusLabel, incomingStatusLabel, outgoingStatusLabel } from '../utils/labels.ts';

const LIMIT = 50;

/** The groups of work, in the order of the document's life; each appears for those who can act on it. */
const GROUPS = ['drafts', 'toSign', 'toIssue', 'toRegister', 'toDirect', 'directives'] as const;
type Group = (typeof GROUPS)[number];
const PERMISSION: Record<Group, string> = {
  drafts: DOCUMENT_PERMISSIONS.draft,
  toSign: DOCUMENT_PERMISSIONS.sign,
  toIssue: DOCUMENT_PERMISSIONS.issue,
  toRegister: DOCUMENT_PERMISSIONS.register,
  toDirect: DOCUMENT_PERMISSIONS.direct,
  directives: DOCUMENT_PERMISSIONS.process,
};

interface Item {
  id: string;
  href: string;
  title: string;
  detail: string;
  overdue: boolean;
}

function useOutgoingQueue(enabled: boolean, status: string) {
  return useApiQuery(enabled ? `queue|${status}` : null, (signal) =>
    listOutgoing({ status, limit: LIMIT }, signal),
  );
}

const byDue = (a: Directive, b: Directive) => (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9');

/**
 * "Việc cần xử lý": what waits for the signed-in official, from the document endpoints — drafts to finish
 * (returned ones among them), documents to review and sign, signed documents to number and issue, arrivals
 * to register, registered or presented documents to direct, and the agency's directives still open with
 * their deadlines (overdue first in the list order of deadlines).
 */
export function WorkQueue({
  permissions,
  documentHref,
  incomingHref,
}: {
  permissions: readonly string[];
  documentHref: (id: string) => string;
  incomingHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  const may = (g: Group) => permissions.includes(PERMISSION[g]);
  const drafts = useOutgoingQueue(may('drafts'), 'draft');
  const toSign = useOutgoingQueue(may('toSign'), 'in_review');
  const toIssue = useOutgoingQueue(may('toIssue'), 'signed');
  const toRegister = useApiQuery(may('toRegister') ? 'queue|toRegister' : null, (signal) =>
    listIncoming({ status: 'arrived', limit: LIMIT }, signal),
  );
  const toDirect = useApiQuery(may('toDirect') ? 'queue|toDirect' : null, (signal) =>
    listIncoming({ status: 'registered,presented', limit: LIMIT }, signal),
  );
  const directives = useApiQuery(may('directives') ? 'queue|directives' : null, async (signal) => {
    const [open, processing] = await Promise.all([
      listDirectivesByStatus('open', signal),
      listDirectivesByStatus('processing', signal),
    ]);
    return [...open, ...processing].sort(byDue);
  });

  const fromOutgoing = (d: Outgoing): Item => ({
    id: d.id,
    href: documentHref(d.id),
    title: d.subject,
    detail: `${outgoingStatusLabel(t, d.status)} — ${t('documents.queue.updated', { at: formatDateTime(d.updatedAt) })}`,
    overdue: d.status === 'signed' && !!d.issueBy && new Date(d.issueBy) < new Date(),
  });
  const fromIncoming = (d: Incoming): Item => ({
    id: d.id,
    href: incomingHref(d.id),
    title: `${d.numberSymbol} — ${d.subject}`,
    detail: `${incomingStatusLabel(t, d.status)} — ${d.senderName}`,
    overdue: d.status === 'arrived' && !!d.registerBy && new Date(d.registerBy) < new Date(),
  });
  const fromDirective = (d: Directive): Item => ({
    id: d.id,
    href: incomingHref(d.incomingId),
    title: `${d.leadUnit}: ${d.content}`,
    detail: `${directiveStatusLabel(t, d.status)} — ${
      d.dueAt ? t('documents.queue.due', { at: formatDateTime(d.dueAt) }) : t('documents.queue.noDue')
    }`,
    overdue: d.overdue,
  });

  const groups: { group: Group; query: ApiQuery<unknown>; items: Item[] }[] = [
    { group: 'drafts', query: drafts, items: (drafts.data?.items ?? []).map(fromOutgoing) },
    { group: 'toSign', query: toSign, items: (toSign.data?.items ?? []).map(fromOutgoing) },
    { group: 'toIssue', query: toIssue, items: (toIssue.data?.items ?? []).map(fromOutgoing) },
    { group: 'toRegister', query: toRegister, items: (toRegister.data?.items ?? []).map(fromIncoming) },
    { group: 'toDirect', query: toDirect, items: (toDirect.data?.items ?? []).map(fromIncoming) },
    { group: 'directives', query: directives, items: (directives.data ?? []).map(fromDirective) },
  ];
  const visible = groups.filter((g) => may(g.group));
  if (visible.length === 0) return <p className="op-muted">{t('documents.queue.nothingForRole')}</p>;

  return (
    <div data-testid="work-queue">
      {visible.map(({ group, query, items }) => (
        <section key={group} className="op-panel" aria-labelledby={`queue-${group}`}>
          <h2 id={`queue-${group}`}>
            {t(`documents.queue.groups.${group}`)}{' '}
            <span className="op-muted" data-testid={`queue-count-${group}`}>
              ({query.isLoading && !query.data ? '…' : items.length})
            </span>
          </h2>
          {query.problem ? <ProblemAlert problem={query.problem} /> : null}
          {query.isLoading && !query.data ? <Loading /> : null}
          {query.data && items.length === 0 ? <p className="op-muted">{t('documents.queue.empty')}</p> : null}
          {items.length ? (
            <ul className="op-doc-list">
              {items.map((item) => (
                <QueueItem key={item.id} group={group} item={item} />
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function QueueItem({ group, item }: { group: Group; item: Item }): ReactNode {
  const { t } = useTranslation();
  return (
    <li data-testid={`queue-item-${group}`}>
      <Link to={item.href}>{item.title}</Link>
      <br />
      <span className="op-muted">{item.detail}</span>
      {item.overdue ? <strong data-testid="queue-overdue"> — {t('documents.queue.overdue')}</strong> : null}
    </li>
  );
}
