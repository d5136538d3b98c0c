import type { Db } from '@openprovince/db';
import { type IdentityDeps, proveReauthentication, verifyReauthProof } from '@openprovince/identity';
import type { PkiDeps } from '@openprovince/pki';
import type { PlatformPorts } from '@openprovince/platform/module';
import type { Now } from '@openprovince/platform/time';
import { documentSigner } from './ports/document-signer.ts';
import { feeCollector } from './ports/fee-collector.ts';
import { paymentPayers } from './ports/payment-payers.ts';
import { procedureCatalogue } from './ports/procedure-catalogue.ts';

/**
 * The ports between modules of the same rank, each an adapter over another module's door. The composition
 * root owns these translations (and decides whom to trust), so that neither side imports the other. A module
 * that needs a port declares it in `PlatformPorts`; this function then fails to compile until it is given.
 */
export function createPorts(input: {
  db: Db;
  /** A module's built deps; read when a port is used, since ports are made before the modules' deps. */
  depsOf: { (name: 'pki'): PkiDeps; (name: 'identity'): IdentityDeps };
  roleTable: PlatformPorts['roleTable'];
  now: Now;
}): PlatformPorts {
  const { db } = input;
  return {
    roleTable: input.roleTable,
    procedureCatalogue: procedureCatalogue({ db, now: input.now }),
    fees: feeCollector(),
    payers: paymentPayers(db),
    documentSigner: documentSigner(() => input.depsOf('pki')),
    // Identity issues the proof after checking the password again; pki and documents verify it.
    reauth: {
      prove: (ctx, credentials) => proveReauthentication(input.depsOf('identity'), ctx, credentials),
      verify: (proof, target) => verifyReauthProof(input.depsOf('identity'), proof, target),
    },
  };
}
