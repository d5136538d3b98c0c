import type { Db } from '@openprovince/db';
import type { PaymentProvider } from './providers/payment-provider.ts';

/**
 * Who owes a payment: the citizen account behind a payment's reference (the dossier code), or null when
 * the applicant has no account (a counter dossier). A port: the composition root answers it from the
 * dossiers module, which this module does not import.
 */
export interface PayerDirectory {
  citizenIdFor(reference: string): Promise<string | null>;
}

export interface PaymentDeps {
  db: Db;
  provider: PaymentProvider;
  now?: () => Date;
  /** Without it no citizen is the owner of any payment (officials only). */
  payers?: PayerDirectory;
}
