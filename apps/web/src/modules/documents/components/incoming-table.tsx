import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { Incoming, IncomingPage } from '../api/documents.api.ts';
import { incomingStatusLabel, signatureResultLabel } from '../utils/labels.ts';

/** Incoming documents: incoming number, sender's number and symbol, summary (link), sender, signature, state. */
export function IncomingTable({
  query,
  href,
  page,
  pageSize,
  onPage,
}: {
  query: ApiQuery<IncomingPage>;
  href: (id: string) => string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<Incoming>
      data-testid="incoming-table"
      rowKey="id"
      size="middle"
      loading={query.isLoading}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: <span className="op-muted">{t('documents.empty')}</span> }}
      scroll={{ x: 900 }}
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
          title: t('documents.incomingNumber'),
          dataIndex: 'incomingNumber',
          render: (n: number | null) => n ?? t('common.none'),
        },
        { title: t('documents.numberSymbol'), dataIndex: 'numberSymbol', className: 'op-col-nowrap' },
        {
          title: t('documents.subject'),
          dataIndex: 'subject',
          render: (subject: string, row) => (
            <Link to={href(row.id)} data-testid="incoming-link">
              {subject}
            </Link>
          ),
        },
        { title: t('documents.sender'), dataIndex: 'senderName' },
        {
          title: t('documents.signature.title'),
          dataIndex: 'signatureResult',
          render: (r: string | null) => signatureResultLabel(t, r),
        },
        {
          title: t('documents.status'),
          dataIndex: 'status',
          render: (s: string, row) => (
            <>
              {incomingStatusLabel(t, s)}
              {row.urgency !== 'normal' ? (
                <>
                  {' '}
                  <Tag>{t(`documents.urgencies.${row.urgency}`)}</Tag>
                </>
              ) : null}
            </>
          ),
        },
        {
          title: t('documents.receivedAt'),
          dataIndex: 'receivedAt',
          className: 'op-col-nowrap',
          render: (v: string) => formatDateTime(v),
        },
      ]}
    />
  );
}
