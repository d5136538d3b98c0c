import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { fetchMe, logout as logoutCall, type Me } from '../api/auth.api.ts';

export type SessionStatus = 'loading' | 'anonymous' | 'signed-in';

export interface Session {
  status: SessionStatus;
  me: Me | null;
  /** Why the session could not be checked (network down, server error); null when all is well. */
  problem: ApiProblem | null;
  signedIn: (me: Me) => void;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, asked once from GET /api/auth/me when the app starts and updated on log-in/out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const refresh = useCallback(async () => {
    try {
      const current = await fetchMe();
      setMe(current);
      setStatus(current ? 'signed-in' : 'anonymous');
      setProblem(null);
    } catch (error) {
      setMe(null);
      setStatus('anonymous');
      setProblem(toApiProblem(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = useCallback((next: Me) => {
    setMe(next);
    setStatus('signed-in');
    setProblem(null);
  }, []);

  const logout = useCallback(async () => {
    try {
      await logoutCall();
    } finally {
      // Forget the account locally even if the call failed: the cookie is httpOnly and expires by itself.
      setMe(null);
      setStatus('anonymous');
    }
  }, []);

  const value = useMemo<Session>(
    () => ({ status, me, problem, signedIn, logout, refresh }),
    [status, me, problem, signedIn, logout, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
