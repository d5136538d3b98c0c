import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { Loading } from '../ui/loading.tsx';

/** Pages for signed-in people: others are sent to the log-in page and brought back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}

/** The shell's start page: the account page when signed in, otherwise the log-in page. */
export function HomeRedirect() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  return <Navigate to={session.status === 'signed-in' ? '/me' : '/login'} replace />;
}
