import { AUDIT_GRANTS, auditRoutes } from '@openprovince/audit';
import { CALENDAR_GRANTS, calendarRoutes } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import {
  createDocumentDeps,
  DOCUMENT_GRANTS,
  type DocumentDeps,
  documentJobHandlers,
  documentRoutes,
  generateExchangeKeys,
} from '@openprovince/documents';
import {
  createDossierDeps,
  DOSSIER_GRANTS,
  type DossierDeps,
  dossierDraftRoutes,
  dossierJobHandlers,
  dossierRoutes,
} from '@openprovince/dossiers';
import { GEOGRAPHY_GRANTS, geographyRoutes } from '@openprovince/geography';
import {
  agencyRoutes,
  authRoutes,
  createIdentityDeps,
  createLocalIdentityProvider,
  federationRoutes,
  IDENTITY_GRANTS,
  type IdentityDeps,
  officialRoutes,
  roleRoutes,
} from '@openprovince/identity';
import {
  createNationalPortalAdapter,
  INTEGRATIONS_GRANTS,
  integrationJobHandlers,
  integrationRoutes,
} from '@openprovince/integrations';
import type { JobHandler } from '@openprovince/jobs';
import {
  createNotificationProviders,
  NOTIFICATIONS_GRANTS,
  notificationJobHandlers,
  notificationRoutes,
} from '@openprovince/notifications';
import { createPaymentProvider, PAYMENTS_GRANTS, paymentRoutes } from '@openprovince/payments';
import { createPkiDeps, PKI_GRANTS, type PkiDeps, pkiRoutes } from '@openprovince/pki';
import type { HttpApp, RoleGrants } from '@openprovince/platform';
import { createPortalDeps, PORTAL_GRANTS, portalRoutes } from '@openprovince/portal';
import { createServicesDeps, SERVICES_GRANTS, servicesRoutes } from '@openprovince/services';
import { createFileStorage, type FileStorage } from '@openprovince/storage';
import { documentSigner } from './adapters/document-signer.ts';
import { loadExchangeKeys } from './adapters/exchange-keys.ts';
import { feeCollector } from './adapters/fee-collector.ts';
import { paymentPayers } from './adapters/payment-payers.ts';
import { procedureCatalogue } from './adapters/procedure-catalogue.ts';
import { type AppConfig, assertProductionSafe } from './config.ts';

/**
 * THE list of mounted modules, in dependency order. Adding a module means adding it here: its role grants
 * join the permission table, its routes are registered and its job handlers run in the worker.
 */
export const GRANTS: RoleGrants[] = [
  AUDIT_GRANTS,
  GEOGRAPHY_GRANTS,
  IDENTITY_GRANTS,
  CALENDAR_GRANTS,
  SERVICES_GRANTS,
  DOSSIER_GRANTS,
  NOTIFICATIONS_GRANTS,
  PAYMENTS_GRANTS,
  INTEGRATIONS_GRANTS,
  PKI_GRANTS,
  DOCUMENT_GRANTS,
  PORTAL_GRANTS,
];

export interface Platform {
  db: Db;
  identity: IdentityDeps;
  dossiers: DossierDeps;
  pki: PkiDeps;
  documents: DocumentDeps;
  /** Where uploaded and generated files go (the demo seed writes its documents here too). */
  storage: FileStorage;
  routes: ((app: HttpApp) => Promise<void>)[];
  jobHandlers: Record<string, JobHandler>;
}

/** Builds every module's dependencies from the configuration (providers chosen here) and lists their routes. */
export function composePlatform(input: {
  db: Db;
  config: AppConfig;
  now?: () => Date;
  /** A storage shared with a caller (a test that seeds files, then serves them); from the config otherwise. */
  storage?: FileStorage;
}): Platform {
  const { db, config } = input;
  // Also for a configuration built by hand rather than read by loadConfig.
  assertProductionSafe(config);
  const now = input.now ?? (() => new Date());
  const identity = createIdentityDeps({ db, grants: GRANTS, now, signInLimits: config.signIn });
  const storage = input.storage ?? createFileStorage(config.fileStorage);
  const dossiers = createDossierDeps({
    db,
    storage,
    catalogue: procedureCatalogue({ db, now }),
    now,
    publicBaseUrl: config.publicBaseUrl,
    fees: feeCollector(),
  });
  const notificationProviders = createNotificationProviders({
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    dataDir: config.dataDir,
    mailFrom: config.mailFrom,
  });
  const payments = {
    db,
    provider: createPaymentProvider({
      simulator: config.payments.simulator,
      secret: config.payments.callbackSecret,
    }),
    now,
    payers: paymentPayers(db),
  };
  const pki = createPkiDeps({ db, masterKey: config.pkiMasterKey, publicBaseUrl: config.publicBaseUrl, now });
  const documents = createDocumentDeps({
    db,
    storage,
    signer: documentSigner(pki),
    now,
    exchange: config.ephemeralKeys ? generateExchangeKeys() : loadExchangeKeys({ dataDir: config.dataDir }),
  });
  return {
    db,
    identity,
    dossiers,
    pki,
    documents,
    storage,
    routes: [
      auditRoutes(db),
      geographyRoutes(db),
      authRoutes(identity, { secure: config.secureCookies }),
      // VNeID sign-in for citizens: the local provider stands in for the national one (same OIDC flow); a
      // production adapter is createOidcIdentityProvider with the provider's registration.
      ...(config.devIdentityProvider
        ? [
            federationRoutes(identity, {
              provider: createLocalIdentityProvider(),
              devProvider: true,
              secureCookies: config.secureCookies,
            }),
          ]
        : []),
      agencyRoutes(identity),
      officialRoutes(identity),
      roleRoutes(identity),
      calendarRoutes(db),
      servicesRoutes(createServicesDeps({ db, now })),
      dossierRoutes(dossiers),
      dossierDraftRoutes(dossiers),
      notificationRoutes({ db }),
      paymentRoutes(payments),
      integrationRoutes({ db }),
      pkiRoutes(pki),
      documentRoutes(documents),
      portalRoutes(createPortalDeps({ db, now })),
    ],
    jobHandlers: {
      ...notificationJobHandlers({ db, ...notificationProviders, now }),
      ...integrationJobHandlers({ db, nationalPortal: createNationalPortalAdapter() }),
      ...dossierJobHandlers(dossiers),
      ...documentJobHandlers(db),
    },
  };
}
