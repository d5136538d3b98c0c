import '../khmer.css';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { formatDate } from '../../../ui/format.ts';
import type { PostPage, PostSummary } from '../api/posts.api.ts';

/** The agency's posts for its editors: title (link, in its language), language, status, publication date. */
export function EditorTable({
  query,
  href,
  page,
  pageSize,
  onPage,
}: {
  query: ApiQuery<PostPage>;
  href: (id: string) => string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<PostSummary>
      data-testid="portal-editor-table"
      rowKey="id"
      size="middle"
      loading={query.isLoading}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: <span className="op-muted">{t('portalPosts.editor.empty')}</span> }}
      scroll={{ x: 720 }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: (total) => t('portalPosts.editor.total', { count: total }),
      }}
      columns={[
        {
          title: t('portalPosts.fields.title'),
          dataIndex: 'title',
          render: (title: string, row) => (
            <Link to={href(row.id)} lang={row.language} data-testid="portal-editor-link">
              {title}
            </Link>
          ),
        },
        {
          title: t('portalPosts.fields.language'),
          dataIndex: 'language',
          className: 'op-col-nowrap',
          render: (l: PostSummary['language']) => <span lang={l}>{t(`portalPosts.languages.${l}`)}</span>,
        },
        {
          title: t('portalPosts.fields.status'),
          dataIndex: 'status',
          className: 'op-col-nowrap',
          render: (s: PostSummary['status']) => <Tag>{t(`portalPosts.statuses.${s}`)}</Tag>,
        },
        {
          title: t('portalPosts.fields.publishedAt'),
          dataIndex: 'publishedAt',
          className: 'op-col-nowrap',
          render: (v: string | null) => (v ? formatDate(v) : '—'),
        },
      ]}
    />
  );
}
