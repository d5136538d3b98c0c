import { auditModule } from '@openprovince/audit';
import { calendarModule } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { documentsModule } from '@openprovince/documents';
import { dossiersModule } from '@openprovince/dossiers';
import { geographyModule } from '@openprovince/geography';
import { identityModule } from '@openprovince/identity';
import { integrationsModule } from '@openprovince/integrations';
import type { JobHandler, Schedule } from '@openprovince/jobs';
import { notificationsModule } from '@openprovince/notifications';
import { paymentsModule } from '@openprovince/payments';
import { pkiModule } from '@openprovince/pki';
import type { HttpApp } from '@openprovince/platform';
import {
  allGrants,
  checkGrants,
  type ModuleLog,
  type ModuleManifest,
  mergeRoles,
  type SharedDeps,
  type StatisticsSource,
} from '@openprovince/platform/module';
import type { RoleLabels } from '@openprovince/platform/schema';
import { systemNow } from '@openprovince/platform/time';
import { portalModule } from '@openprovince/portal';
import { servicesModule } from '@openprovince/services';
import { createFileStorage, type FileStorage } from '@openprovince/storage';
import { type AppConfig, assertProductionSafe } from './config.ts';
import { createPorts } from './ports.ts';

/**
 * THE list of mounted modules, in rank order. Adding a module is one line here: its roles and grants join
 * the permission table, its routes are registered, its jobs and schedules run in the worker, its demo seed
 * runs with `seed demo`, its figures join the statistics and its commands the CLI.
 */
export const MODULES = [
  auditModule,
  geographyModule,
  identityModule,
  calendarModule,
  servicesModule,
  dossiersModule,
  notificationsModule,
  paymentsModule,
  integrationsModule,
  pkiModule,
  documentsModule,
  portalModule,
] as const;

type Manifest = (typeof MODULES)[number];
export type ModuleName = Manifest['name'];
/** The deps type of a module by name (what its manifest's `deps` returns). */
export type DepsOf<N extends ModuleName> = ReturnType<Extract<Manifest, { name: N }>['deps']>;

export interface Platform {
  db: Db;
  /** Where uploaded and generated files go (the demo seed writes its documents here too). */
  storage: FileStorage;
  config: AppConfig;
  /** Every module's built deps, by module name (see depsOf). */
  deps: { readonly [N in ModuleName]: DepsOf<N> };
  /** Shortcuts tests and the app use. */
  identity: DepsOf<'identity'>;
  dossiers: DepsOf<'dossiers'>;
  pki: DepsOf<'pki'>;
  documents: DepsOf<'documents'>;
  /** The roles all modules declare. */
  roles: RoleLabels;
  /** Every module's routes, each registered as an encapsulated Fastify plugin. */
  routes: ((app: HttpApp) => Promise<void>)[];
  jobHandlers: Record<string, JobHandler>;
  /** Recurring jobs the worker keeps in `jobs.schedules`. */
  schedules: Schedule[];
  /** Statistics sources, keyed by module name. */
  statistics: Record<string, StatisticsSource>;
}

/** A module's built deps: `depsOf(platform, 'dossiers')`. */
export function depsOf<N extends ModuleName>(platform: Platform, name: N): DepsOf<N> {
  return platform.deps[name] as DepsOf<N>;
}

/** Module code logs through the platform's logger (redacted); before the app exists, to the console. */
const consoleLog: ModuleLog = {
  info: (object, message) => console.log(message ?? '', object),
  warn: (object, message) => console.warn(message ?? '', object),
  error: (object, message) => console.error(message ?? '', object),
};

/** Builds every module's deps from the configuration and the ports, and collects what the modules contribute. */
export function composePlatform(input: {
  db: Db;
  config: AppConfig;
  now?: () => Date;
  /** A storage shared with a caller (a test that seeds files, then serves them); from the config otherwise. */
  storage?: FileStorage;
  log?: ModuleLog;
  /**
   * Manifests mounted after MODULES. For tests that show a module plugs in without touching the platform
   * or identity (a throwaway module contributing a role, its grants and routes); production has none.
   */
  extraModules?: readonly ModuleManifest<unknown>[];
}): Platform {
  const { db, config } = input;
  // Also for a configuration built by hand rather than read by loadConfig.
  assertProductionSafe(config);
  // Each manifest is typed with its own deps; the composition loop sees them all as deps of unknown type.
  const modules: readonly ModuleManifest<unknown>[] = [
    ...(MODULES as unknown as readonly ModuleManifest<unknown>[]),
    ...(input.extraModules ?? []),
  ];
  const roles = mergeRoles(modules);
  const problems = checkGrants(modules, roles);
  if (problems.length > 0) throw new Error(`Module grants: ${problems.join('; ')}`);

  const built: Partial<Record<ModuleName, unknown>> = {};
  const now = input.now ?? systemNow;
  const shared: SharedDeps = {
    db,
    storage: input.storage ?? createFileStorage(config.fileStorage),
    now,
    config,
    log: input.log ?? consoleLog,
    ports: createPorts({
      db,
      now,
      roleTable: { roles, grants: allGrants(modules) },
      depsOf: ((name: ModuleName) => {
        const deps = built[name];
        if (!deps) throw new Error(`The ${name} module is not composed`);
        return deps;
      }) as Parameters<typeof createPorts>[0]['depsOf'],
    }),
  };

  const routes: Platform['routes'] = [];
  const jobHandlers: Record<string, JobHandler> = {};
  const schedules: Schedule[] = [];
  const statistics: Record<string, StatisticsSource> = {};
  for (const m of modules) {
    if (built[m.name as ModuleName]) throw new Error(`Two modules are named ${m.name}`);
    const deps = m.deps(shared);
    built[m.name as ModuleName] = deps;
    const plugin = m.routes?.(deps);
    // Encapsulated: what a module's routes add (hooks, parsers, decorators) stays with them.
    if (plugin) routes.push(async (app) => void (await app.register(plugin)));
    for (const [queue, handler] of Object.entries(m.jobs?.(deps) ?? {})) {
      if (jobHandlers[queue]) throw new Error(`Two modules handle the queue ${queue}`);
      jobHandlers[queue] = handler as JobHandler;
    }
    schedules.push(...(m.schedules ?? []));
    if (m.statistics) statistics[m.name] = m.statistics(deps);
  }
  const deps = built as Platform['deps'];
  return {
    db,
    storage: shared.storage,
    config,
    deps,
    identity: deps.identity,
    dossiers: deps.dossiers,
    pki: deps.pki,
    documents: deps.documents,
    roles,
    routes,
    jobHandlers,
    schedules,
    statistics,
  };
}
