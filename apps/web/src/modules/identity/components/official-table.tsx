import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable, type Paging } from '../../../ui/workspace/paged-table.tsx';
import type { Official, OfficialPage } from '../api/admin.api.ts';

/** Accounts in the administrator's reach: name (link to the account), username, agency, roles, status. */
export function OfficialTable({ href, ...paging }: Paging<OfficialPage> & { href: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <PagedTable<Official>
      {...paging}
      testId="official-table"
      emptyText={<span className="op-muted">{t('admin.officials.empty')}</span>}
      totalText={(count) => t('admin.officials.total', { count })}
      rowKey="id"
      scrollX={800}
      columns={[
        {
          title: t('admin.official.fullName'),
          dataIndex: 'fullName',
          render: (name: string, row) => (
            <Link to={href(row.id)} data-testid="official-link">
              {name}
            </Link>
          ),
        },
        {
          title: t('admin.official.username'),
          dataIndex: 'username',
          render: (u: string) => <code className="op-code">{u}</code>,
        },
        { title: t('admin.official.agency'), dataIndex: 'agencyName' },
        {
          title: t('admin.official.roles'),
          dataIndex: 'roles',
          render: (roles: string[]) =>
            roles.length
              ? roles.map((r) => <Tag key={r}>{t(`roles.${r}` as 'roles.clerk', { defaultValue: r })}</Tag>)
              : t('common.none'),
        },
        {
          title: t('admin.official.status'),
          dataIndex: 'isActive',
          className: 'op-col-nowrap',
          render: (active: boolean) =>
            active ? (
              <Tag className="op-tag-yes">{t('admin.official.active')}</Tag>
            ) : (
              <Tag className="op-tag-no">{t('admin.official.inactive')}</Tag>
            ),
        },
      ]}
    />
  );
}
