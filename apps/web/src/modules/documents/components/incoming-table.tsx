import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format.ts';
import { PagedTable, type Paging } from '../../../ui/workspace/paged-table.tsx';
import type { Incoming, IncomingPage } from '../api/documents.api.ts';
import { incomingStatusLabel, signatureResultLabel } from '../utils/labels.ts';

/** Incoming documents: incoming number, sender's number and symbol, summary (link), sender, signature, state. */
export function IncomingTable({ href, ...paging }: Paging<IncomingPage> & { href: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <PagedTable<Incoming>
      {...paging}
      testId="incoming-table"
      emptyText={<span className="op-muted">{t('documents.empty')}</span>}
      totalText={(count) => t('documents.total', { count })}
      rowKey="id"
      scrollX={900}
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
