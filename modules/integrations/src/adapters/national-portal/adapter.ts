import type { Db } from '@openprovince/db';
import type { TNationalPortalPayload } from '../../contracts/index.ts';
import { insertOutboundMessage } from '../../repositories/outbound.repository.ts';

export const NATIONAL_PORTAL_TARGET = 'national-portal';

export interface NationalPortalMessage {
  dossierCode: string;
  sequence: number;
  nationalStatus: number;
  payload: TNationalPortalPayload;
}

/**
 * The national public-service portal, as the sync job sees it. A real adapter POSTs `payload` to the
 * portal's sync service over the government data-sharing platform (LGSP/NDXP) with the province's
 * credentials, and throws unless the portal accepted it (the job then retries with backoff). `tx` is the
 * job's transaction, for adapters that record locally; a remote adapter ignores it.
 */
export interface NationalPortalAdapter {
  readonly name: string;
  send(message: NationalPortalMessage, options: { tx: Db }): Promise<{ reference: string | null }>;
}

/** Records each message in `integrations.outbound_messages`: what would have been sent. */
export function localNationalPortalAdapter(): NationalPortalAdapter {
  return {
    name: 'local',
    async send(message, { tx }) {
      const id = await insertOutboundMessage(tx, {
        target: NATIONAL_PORTAL_TARGET,
        dossierCode: message.dossierCode,
        sequence: message.sequence,
        nationalStatus: message.nationalStatus,
        payload: message.payload as unknown as Record<string, unknown>,
      });
      return { reference: id === undefined ? null : `local-${id}` };
    },
  };
}

/** Chosen by configuration; only the local adapter exists so far. */
export function createNationalPortalAdapter(_input: { kind?: 'local' } = {}): NationalPortalAdapter {
  return localNationalPortalAdapter();
}
