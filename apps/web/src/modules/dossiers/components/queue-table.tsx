import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format.ts';
import { PagedTable, type Paging } from '../../../ui/workspace/paged-table.tsx';
import type { DossierList, DossierRow } from '../api/dossiers.api.ts';
import { deadlineStatus } from '../utils/actions.ts';
import { StateName } from './state-name.tsx';

/** A work queue: code (link), procedure, applicant, channel, received and due times, state. */
export function QueueTable({
  dossierHref,
  canOpen,
  ...paging
}: Paging<DossierList> & {
  dossierHref: (id: string) => string;
  /** Whether the viewer may open this dossier (a statistics list may show dossiers of other agencies). */
  canOpen?: (row: DossierRow) => boolean;
}) {
  const { t } = useTranslation();
  const now = new Date();
  return (
    <PagedTable<DossierRow>
      {...paging}
      testId="queue-table"
      emptyText={t('office.empty')}
      totalText={(count) => t('office.total', { count })}
      rowKey="id"
      scrollX={900}
      columns={[
        {
          title: t('dossier.code'),
          dataIndex: 'code',
          render: (code: string, row) =>
            canOpen && !canOpen(row) ? (
              <span data-testid="queue-dossier-code">{code}</span>
            ) : (
              <Link to={dossierHref(row.id)} data-testid="queue-dossier-link">
                {code}
              </Link>
            ),
        },
        { title: t('dossier.procedure'), dataIndex: 'procedureName' },
        { title: t('dossier.applicant'), dataIndex: 'applicantName' },
        {
          title: t('dossier.channel'),
          dataIndex: 'channel',
          render: (c: DossierRow['channel']) => t(`dossier.channels.${c}`),
        },
        {
          title: t('dossier.submittedAt'),
          dataIndex: 'submittedAt',
          className: 'op-col-nowrap',
          render: (v: string) => formatDateTime(v),
        },
        {
          title: t('dossier.dueAt'),
          dataIndex: 'dueAt',
          className: 'op-col-nowrap',
          render: (v: string | null, row) => {
            const status = deadlineStatus(v, row.state, now);
            return (
              <>
                {v ? formatDateTime(v) : t('dossier.noDueYet')}
                {status === 'overdue' || status === 'due-soon' ? (
                  <>
                    {' '}
                    <Tag className={`op-tag-${status}`}>{t(`office.deadline.${status}`)}</Tag>
                  </>
                ) : null}
              </>
            );
          },
        },
        {
          title: t('dossier.state'),
          dataIndex: 'state',
          render: (s: DossierRow['state'], row) => <StateName state={s} vi={row.stateName} />,
        },
      ]}
    />
  );
}
