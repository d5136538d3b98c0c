import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../modules/identity/api/auth.api.ts';
import { useSession } from '../../modules/identity/hooks/use-session.tsx';
import { ROUTES } from '../routes.ts';

/** The account's name with a menu (account page, log out). Loaded only once someone is signed in. */
export default function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'me', icon: <UserOutlined aria-hidden="true" />, label: t('nav.me') },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined aria-hidden="true" />,
            label: t('user.logout'),
            danger: true,
          },
        ],
        onClick: async ({ key }) => {
          if (key === 'me') navigate(ROUTES.me);
          if (key === 'logout') {
            await session.logout();
            navigate(ROUTES.login, { replace: true, state: { loggedOut: true } });
          }
        },
      }}
    >
      <Button type="text" className="op-header-button" data-testid="user-menu" aria-haspopup="menu">
        <UserOutlined aria-hidden="true" />
        <span className="op-user-name">{me.fullName}</span>
        <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}
