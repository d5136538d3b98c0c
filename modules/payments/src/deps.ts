import type { Db } from '@openprovince/db';
import type { SharedDeps } from '@openprovince/platform/module';
import { createPaymentProvider, type PaymentProvider } from './adapters/providers/payment-provider.ts';

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

declare module '@openprovince/platform/module' {
  interface PlatformPorts {
    /** Who owes a payment (answered from the dossiers module by the composition root). */
    payers: PayerDirectory;
  }
  interface ModuleConfig {
    /** The local payment-gateway simulator (development and demos), or a real signed-webhook gateway. */
    payments: { simulator: boolean; callbackSecret: string };
  }
}

export function createPaymentDeps(shared: SharedDeps): PaymentDeps {
  return {
    db: shared.db,
    provider: createPaymentProvider({
      simulator: shared.config.payments.simulator,
      secret: shared.config.payments.callbackSecret,
    }),
    now: shared.now,
    payers: shared.ports.payers,
  };
}
