import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { DossierList, DossierRow } from '../api/dossiers.api.ts';
import { deadlineStatus } from '../utils/actions.ts';
import { StateName } from './state-name.tsx';

/** A work queue: code (link), procedure, applicant, channel, received and due times, state. */
export function QueueTable({
  query,
  dossierHref,
  page,
  pageSize,
  onPage,
}: {
  query: ApiQuery<DossierList>;
  dossierHref: (id: string) => string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const now = new Date();
  return (
    <Table<DossierRow>
      data-testid="queue-table"
      rowKey="id"
      size="middle"
      loading={query.isLoading}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: t('office.empty') }}
      scroll={{ x: 900 }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: (total) => t('office.total', { count: total }),
      }}
      columns={[
        {
          title: t('dossier.code'),
          dataIndex: 'code',
          render: (code: string, row) => (
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
