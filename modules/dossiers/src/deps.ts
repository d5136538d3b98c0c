import type { Db } from '@openprovince/db';
import { systemNow } from '@openprovince/platform/time';
import type { FileStorage } from '@openprovince/storage';
import type { FeeCollector, ProcedureCatalogue } from './domain/ports.ts';

/** Limits of attachments (Decision 742-style upload rules; reliability-ecosystem.md A7 I1). */
export interface AttachmentLimits {
  maxBytes: number;
  maxFilesPerDossier: number;
  /** Media types accepted, as sniffed from the content. */
  mediaTypes: readonly string[];
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxFilesPerDossier: 30,
  mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'],
};

export interface DossierDeps {
  db: Db;
  storage: FileStorage;
  catalogue: ProcedureCatalogue;
  now: () => Date;
  attachmentLimits: AttachmentLimits;
  /** Public base URL printed in QR codes (the citizen look-up page). */
  publicBaseUrl: string;
  /** Fee collection (VietQR payment requests); without it `request_payment` only changes the state. */
  fees?: FeeCollector;
}

export function createDossierDeps(input: {
  db: Db;
  storage: FileStorage;
  catalogue: ProcedureCatalogue;
  now?: () => Date;
  attachmentLimits?: Partial<AttachmentLimits>;
  publicBaseUrl?: string;
  fees?: FeeCollector;
}): DossierDeps {
  return {
    db: input.db,
    storage: input.storage,
    catalogue: input.catalogue,
    now: input.now ?? systemNow,
    attachmentLimits: { ...DEFAULT_ATTACHMENT_LIMITS, ...input.attachmentLimits },
    publicBaseUrl: (input.publicBaseUrl ?? 'http://localhost:3000').replace(/\/$/, ''),
    ...(input.fees ? { fees: input.fees } : {}),
  };
}
