import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type vi from '../../../i18n/vi.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { Me } from '../api/auth.api.ts';
import { permissionKey } from '../utils/permission-key.ts';

type KnownRole = keyof typeof vi.roles;

export function MeDetails({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  // Roles are an open list on the wire; one the web app has no text for yet is shown by its code.
  const isKnownRole = (role: string): role is KnownRole => i18n.exists(`roles.${role}`);
  const roleName = (role: string) => (isKnownRole(role) ? t(`roles.${role}`) : role);
  const permissionText = (permission: string) =>
    t(`admin.permissions.${permissionKey(permission)}` as 'admin.permissions.dossiers_read', {
      defaultValue: permission,
    });
  return (
    <Descriptions
      bordered
      column={1}
      size="middle"
      data-testid="me-details"
      items={[
        { key: 'fullName', label: t('me.fullName'), children: <strong>{me.fullName}</strong> },
        { key: 'username', label: t('me.username'), children: me.username ?? none },
        { key: 'kind', label: t('me.kind'), children: t(`me.kinds.${me.kind}`) },
        {
          key: 'agency',
          label: t('me.agency'),
          children: me.agency ? (
            <span data-testid="me-agency">
              {me.agency.name} <span className="op-muted">({me.agency.abbreviation})</span>
            </span>
          ) : (
            none
          ),
        },
        { key: 'position', label: t('me.position'), children: me.position ?? none },
        {
          key: 'roles',
          label: t('me.roles'),
          children: me.roles.length ? (
            <ul className="op-inline-list">
              {me.roles.map((role) => (
                <li key={role}>
                  <Tag color="blue">{roleName(role)}</Tag>
                </li>
              ))}
            </ul>
          ) : (
            none
          ),
        },
        {
          key: 'permissions',
          label: t('me.permissions'),
          // What the roles let this person do, in words; the permission codes are for the roles page.
          children: me.permissions.length ? (
            <ul className="op-permission-list" data-testid="me-permissions">
              {[...new Set(me.permissions.map(permissionText))].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : (
            t('me.noPermissions')
          ),
        },
        {
          key: 'expires',
          label: t('me.sessionExpiresAt'),
          children: <span data-testid="me-session-expires">{formatDateTime(me.sessionExpiresAt)}</span>,
        },
      ]}
    />
  );
}
