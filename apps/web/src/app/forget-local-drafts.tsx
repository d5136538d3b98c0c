import { useEffect } from 'react';
import { browserStorages, clearLocalDrafts } from '../modules/dossiers/utils/draft.ts';
import { useSession } from '../modules/identity/hooks/use-session.tsx';

/**
 * Whenever nobody is signed in (after a sign-out, an expired session, or a browser opened on a shared
 * computer), no copy of an application draft may remain in this browser: the wizard keeps drafts on the
 * server, and any local copy an earlier version left (identity number, date of birth) is removed here.
 */
export function ForgetLocalDrafts() {
  const { status } = useSession();
  useEffect(() => {
    if (status === 'anonymous') clearLocalDrafts(browserStorages());
  }, [status]);
  return null;
}
