import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlatformRole } from '../api/admin.api.ts';
import { permissionKey } from '../utils/permission-key.ts';

/**
 * The platform's roles, read-only: the name in the current language, the code, whether a second factor
 * is required, and what each permission lets its holders do (the code beside it, for support).
 */
export function RoleTable({ roles, isLoading }: { roles: PlatformRole[] | undefined; isLoading: boolean }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  return (
    <Table<PlatformRole>
      data-testid="role-table"
      rowKey="name"
      size="middle"
      loading={isLoading}
      dataSource={roles ?? []}
      pagination={false}
      scroll={{ x: 800 }}
      columns={[
        {
          title: t('admin.roles.role'),
          dataIndex: 'name',
          render: (name: string, role) => (
            <>
              <strong data-testid="role-name">{isEnglish ? role.nameEn : role.nameVi}</strong>
              <br />
              <code className="op-code">{name}</code>
              {role.requiresSecondFactor ? (
                <>
                  <br />
                  <Tag color="blue">{t('admin.roles.secondFactor')}</Tag>
                </>
              ) : null}
            </>
          ),
        },
        {
          title: t('admin.roles.permissions'),
          dataIndex: 'permissions',
          render: (permissions: string[]) =>
            permissions.length ? (
              <ul className="op-permission-list">
                {permissions.map((p) => (
                  <li key={p}>
                    {t(`admin.permissions.${permissionKey(p)}` as 'admin.permissions.dossiers_read', {
                      defaultValue: p,
                    })}{' '}
                    <code className="op-code">{p}</code>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="op-muted">{t('admin.roles.noPermissions')}</span>
            ),
        },
      ]}
    />
  );
}
