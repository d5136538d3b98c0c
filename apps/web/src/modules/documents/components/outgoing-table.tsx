import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format.ts';
import { PagedTable, type Paging } from '../../../ui/workspace/paged-table.tsx';
import type { Outgoing, OutgoingPage } from '../api/documents.api.ts';
import { outgoingStatusLabel } from '../utils/labels.ts';

/** Outgoing documents: number and symbol (once issued), summary (link), state, urgency, last change. */
export function OutgoingTable({ href, ...paging }: Paging<OutgoingPage> & { href: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <PagedTable<Outgoing>
      {...paging}
      testId="outgoing-table"
      emptyText={<span className="op-muted">{t('documents.empty')}</span>}
      totalText={(count) => t('documents.total', { count })}
      rowKey="id"
      scrollX={800}
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
