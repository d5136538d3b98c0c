import { Button, Modal } from 'antd';
import type { Middleware } from 'openapi-fetch';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../modules/identity/hooks/use-session.tsx';
import { markSessionExpired, remaining, sessionTiming } from '../../ui/session-timing.ts';
import { ROUTES } from '../routes.ts';

/** setTimeout's longest delay; anything further is re-checked when this one fires. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * WCAG 2.2.1 (Timing Adjustable): the session ends after 30 idle minutes, so the official is warned about
 * two minutes before, in a dialog that lets them stay signed in (one API call is activity) or sign out.
 * Every API answer except a 401 counts as activity. When the session has certainly ended, the app asks who
 * is signed in — which, the session being gone, sends the official to the log-in page.
 */
export function SessionExpiryWarning() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const signedIn = session.status === 'signed-in' && session.me?.kind === 'official';
  const [lastActivityAt, setLastActivityAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [dismissedUntil, setDismissedUntil] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const middleware: Middleware = {
      onResponse({ response }) {
        if (response.status !== 401) {
          const at = Date.now();
          setLastActivityAt(at);
          setNow(at);
        }
        return undefined;
      },
    };
    api.use(middleware);
    return () => api.eject(middleware);
  }, []);

  const absoluteEndAt = session.me ? Date.parse(session.me.sessionExpiresAt) : null;
  const timing = sessionTiming({ lastActivityAt, absoluteEndAt, now });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `now` re-arms the one-second countdown tick.
  useEffect(() => {
    if (!signedIn || timing.phase === 'ended') return;
    // During the warning the countdown moves every second; otherwise wake up when the warning is due.
    const delay =
      timing.phase === 'warning' ? 1000 : Math.min(MAX_DELAY, Math.max(0, timing.nextChangeAt - Date.now()));
    const id = window.setTimeout(() => setNow(Date.now()), delay);
    return () => window.clearTimeout(id);
  }, [signedIn, timing.phase, timing.nextChangeAt, now]);

  const { refresh } = session;
  useEffect(() => {
    if (signedIn && timing.phase === 'ended') {
      markSessionExpired();
      void refresh();
    }
  }, [signedIn, timing.phase, refresh]);

  async function stay() {
    setBusy(true);
    try {
      await refresh();
    } finally {
      setBusy(false);
    }
  }

  async function signOut() {
    await session.logout();
    navigate(ROUTES.login);
  }

  const open = signedIn && timing.phase === 'warning' && dismissedUntil !== timing.endsAt;
  const left = remaining(timing.endsAt, now);
  const time = t('admin.session.time', left);
  return (
    <Modal
      open={open}
      title={t('admin.session.warningTitle')}
      closable={false}
      maskClosable={false}
      keyboard={timing.canExtend}
      onCancel={() => void stay()}
      data-testid="session-warning"
      footer={[
        <Button key="out" onClick={() => void signOut()} data-testid="session-sign-out">
          {t('admin.session.signOut')}
        </Button>,
        timing.canExtend ? (
          <Button
            key="stay"
            type="primary"
            loading={busy}
            onClick={() => void stay()}
            autoFocus
            data-testid="session-stay"
          >
            {t('admin.session.stay')}
          </Button>
        ) : (
          <Button key="ok" type="primary" onClick={() => setDismissedUntil(timing.endsAt)} autoFocus>
            {t('admin.session.ok')}
          </Button>
        ),
      ]}
    >
      <p>
        {timing.canExtend
          ? t('admin.session.warningBody', { time })
          : t('admin.session.endingBody', { time })}
      </p>
    </Modal>
  );
}
