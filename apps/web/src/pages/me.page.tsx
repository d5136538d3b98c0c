import { LogoutOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { landingPath } from '../app/landing.ts';
import { ROUTES } from '../app/routes.ts';
import { MeDetails } from '../modules/identity/components/me-details.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export default function MePage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  if (!session.me) return null;
  const work = landingPath(session.me);
  return (
    <>
      <PageHeading>{t('me.title')}</PageHeading>
      <div className="op-panel">
        <MeDetails me={session.me} />
        <Space className="op-detail-actions" size="large" wrap>
          {work !== ROUTES.me ? (
            <Link to={work} data-testid="me-work-link">
              {t('me.workPage')}
            </Link>
          ) : null}
          <Button
            icon={<LogoutOutlined aria-hidden="true" />}
            onClick={async () => {
              await session.logout();
              navigate(ROUTES.login, { replace: true, state: { loggedOut: true } });
            }}
            data-testid="logout-button"
          >
            {t('user.logout')}
          </Button>
        </Space>
      </div>
    </>
  );
}
