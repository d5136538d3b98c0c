import '../khmer.css';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format.ts';
import { PagedTable, type Paging } from '../../../ui/workspace/paged-table.tsx';
import type { PostPage, PostSummary } from '../api/posts.api.ts';

/** The agency's posts for its editors: title (link, in its language), language, status, publication date. */
export function EditorTable({ href, ...paging }: Paging<PostPage> & { href: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <PagedTable<PostSummary>
      {...paging}
      testId="portal-editor-table"
      emptyText={<span className="op-muted">{t('portalPosts.editor.empty')}</span>}
      totalText={(count) => t('portalPosts.editor.total', { count })}
      rowKey="id"
      scrollX={720}
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
