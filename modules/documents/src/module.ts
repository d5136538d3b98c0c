import { defineModule, type ReauthProofs } from '@openprovince/platform/module';
import { loadExchangeKeys } from './adapters/exchange-keys.ts';
import { DOCUMENT_GRANTS } from './contracts/index.ts';
import { DOCUMENTS_ROLES } from './contracts/roles.ts';
import { createDocumentDeps, type DocumentSigner, generateExchangeKeys } from './deps.ts';
import { documentRoutes } from './routes/document.routes.ts';
import { seedDocumentsDemo } from './seed/demo.ts';
import { documentsStatistics } from './statistics.ts';
import { documentJobHandlers } from './use-cases/deliver-edxml.ts';

declare module '@openprovince/platform/module' {
  interface PlatformPorts {
    /** Digital signing (pki module): the documents module never sees a private key. */
    documentSigner: DocumentSigner;
    /** Identity's re-authentication proofs: made when the official types the password again, checked to sign. */
    reauth: ReauthProofs;
  }
  interface ModuleConfig {
    /** edXML keys generated per process instead of kept under dataDir (tests only). */
    ephemeralKeys: boolean;
  }
}

/** Clerical work of Decree 30/2020 and exchange between agencies as edXML packages. */
export const documentsModule = defineModule({
  name: 'documents',
  description: {
    vi: 'Văn bản đi, đến và trao đổi liên thông',
    en: 'Outgoing and incoming documents, exchange',
  },
  roles: DOCUMENTS_ROLES,
  grants: DOCUMENT_GRANTS,
  deps: (shared) =>
    createDocumentDeps({
      db: shared.db,
      storage: shared.storage,
      signer: shared.ports.documentSigner,
      reauth: shared.ports.reauth,
      now: shared.now,
      exchange: shared.config.ephemeralKeys
        ? generateExchangeKeys()
        : loadExchangeKeys({ dataDir: shared.config.dataDir }),
    }),
  routes: documentRoutes,
  jobs: (deps) => documentJobHandlers(deps.db),
  seed: {
    after: ['identity'],
    demo: (deps, { ctx, outputs }) =>
      seedDocumentsDemo(deps, ctx, { agencyIdByKey: outputs.identity?.agencyIdByKey ?? {} }),
  },
  statistics: documentsStatistics,
});
