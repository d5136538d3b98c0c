import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { Outgoing, OutgoingPage } from '../api/documents.api.ts';
import { outgoingStatusLabel } from '../utils/labels.ts';

/** Outgoing documents: number and symbol (once issued), summary (link), state, urgency, last change. */
export function OutgoingTable({
  query,
  href,
  page,
  pageSize,
  onPage,
}: {
  query: ApiQuery<OutgoingPage>;
  href: (id: string) => string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<Outgoing>
      data-testid="outgoing-table"
      rowKey="id"
      size="middle"
      loading={query.isLoading}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: <span className="op-muted">{t('documents.empty')}</span> }}
      scroll={{ x: 800 }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: (total) => t('documents.total', { count: total }),
      }}
      columns={[
        {
          title: t('documents.numberSymbol'),
          dataIndex: 'numberSymbol',
          className: 'op-col-nowrap',
          render: (v: string | null) => v ?? t('documents.notNumbered'),
        },
        {
          title: t('documents.subject'),
          dataIndex: 'subject',
          render: (subject: string, row) => (
            <Link to={href(row.id)} data-testid="outgoing-link">
              {subject}
            </Link>
          ),
        },
        {
          title: t('documents.status'),
          dataIndex: 'status',
          render: (s: string) => outgoingStatusLabel(t, s),
        },
        {
          title: t('documents.urgency'),
          dataIndex: 'urgency',
          render: (u: Outgoing['urgency']) =>
            u === 'normal' ? t('documents.urgencies.normal') : <Tag>{t(`documents.urgencies.${u}`)}</Tag>,
        },
        {
          title: t('documents.updatedAt'),
          dataIndex: 'updatedAt',
          className: 'op-col-nowrap',
          render: (v: string) => formatDateTime(v),
        },
      ]}
    />
  );
}
