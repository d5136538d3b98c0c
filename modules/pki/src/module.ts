import { defineModule, type ReauthProofs } from '@openprovince/platform/module';
import { PKI_GRANTS } from './contracts/index.ts';
import { PKI_ROLES } from './contracts/roles.ts';
import { createPkiDeps } from './deps.ts';
import { pkiRoutes } from './routes/pki.routes.ts';
import { seedPkiDemo } from './seed/demo.ts';
import { pkiStatistics } from './statistics.ts';

declare module '@openprovince/platform/module' {
  interface PlatformPorts {
    /** Identity's re-authentication proofs (signing needs a fresh one). */
    reauth: ReauthProofs;
  }
  interface ModuleConfig {
    /** Key that encrypts signing keys at rest in the local signer provider (PKI_MASTER_KEY). */
    pkiMasterKey: string;
  }
}

/** The province's certification authority, certificate registry, CRL/OCSP/TSA, PAdES signing. */
export const pkiModule = defineModule({
  name: 'pki',
  description: { vi: 'Chứng thư số và ký số', en: 'Certificates and digital signatures' },
  roles: PKI_ROLES,
  grants: PKI_GRANTS,
  deps: (shared) =>
    createPkiDeps({
      db: shared.db,
      masterKey: shared.config.pkiMasterKey,
      publicBaseUrl: shared.config.publicBaseUrl,
      now: shared.now,
      reauth: shared.ports.reauth,
    }),
  routes: pkiRoutes,
  seed: {
    after: ['identity'],
    demo: (deps, { ctx, outputs }) =>
      seedPkiDemo(deps, ctx, {
        agencyIdByKey: outputs.identity?.agencyIdByKey ?? {},
        officialIdByUsername: outputs.identity?.officialIdByUsername ?? {},
      }),
  },
  statistics: pkiStatistics,
});
