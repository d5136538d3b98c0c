import type { Db } from '@openprovince/db';
import type { PaymentProvider } from './providers/payment-provider.ts';

export interface PaymentDeps {
  db: Db;
  provider: PaymentProvider;
  now?: () => Date;
}
