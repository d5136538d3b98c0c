import type { Db } from '@openprovince/db';
import type { JobHandler } from '@openprovince/jobs';
import { type Now, systemNow } from '@openprovince/platform/time';
import { findPackage, markPackageDelivered } from '../repositories/exchange.repository.ts';
import { EDXML_DELIVER_QUEUE } from './shared/exchange.ts';

/** How a package leaves the platform (the LGSP / national document axis client, wired by the lead). */
export type EdxmlTransport = (pkg: { id: string; toCode: string | null; xml: string }) => Promise<void>;

/**
 * Job handlers of the documents module. Without a transport the package waits, marked undelivered, for a
 * clerk to export it as a file; the job then succeeds so it is not retried forever.
 */
export function documentJobHandlers(
  db: Db,
  options: { transport?: EdxmlTransport; now?: Now } = {},
): Record<string, JobHandler> {
  const { transport, now = systemNow } = options;
  return {
    [EDXML_DELIVER_QUEUE]: async (payload) => {
      const pkg = await findPackage(db, String(payload.packageId));
      if (!pkg || pkg.deliveredAt || !transport) return;
      await transport({ id: pkg.id, toCode: pkg.toCode, xml: pkg.xml });
      await markPackageDelivered(db, pkg.id, now());
    },
  };
}
