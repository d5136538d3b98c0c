/**
 * The module manifest. A module is a unit: one `src/module.ts` says what it contributes — its roles and
 * their grants, how its dependencies are built from the shared ones, its routes, job handlers and
 * schedules, its demo seed, its statistics source and its CLI commands — and the composition root
 * (`apps/api/src/modules.ts`) loops over one `MODULES` list. Adding a module is a folder and a line.
 *
 * The shared dependencies are typed by declaration merging, so platform (rank 0) needs none of the
 * packages that provide them: `@openprovince/db` adds `db`, `@openprovince/storage` adds `storage`, and a
 * module that consumes a port or a setting adds it to `PlatformPorts` or `ModuleConfig` — the composition
 * root then fails to compile until it provides it.
 */
import type { RequestContext } from '../context/actor.ts';
import type { HttpApp } from '../http/create-http-app.ts';
import type { Label, RoleGrants, RoleLabels } from '../schema/index.ts';
import type { LocalDate, Now } from '../time/province-clock.ts';

/** Augmented by @openprovince/db (`db`) and @openprovince/storage (`storage`). */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface SharedDepsRegistry {}

/** Ports between modules of the same rank, augmented by each module that consumes one. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface PlatformPorts {}

/** Settings modules read, augmented by each module that needs one; `apps/api/src/config.ts` provides them. */
export interface ModuleConfig {
  /** The public address of the platform (links in messages, QR codes). */
  publicBaseUrl: string;
  /** Where the embedded database, files and generated secrets live. */
  dataDir: string;
  /** Production refuses development conveniences (simulators, development identity providers). */
  production: boolean;
}

/**
 * Re-authentication as an opaque proof: identity checks the password (and TOTP) again and issues a proof
 * naming the official and the instant; signing modules verify it through a port. A caller can no longer
 * claim a time it re-authenticated — it must hold a proof only identity can make.
 */
export interface ReauthProofs {
  /** Checks the signed-in official's password (and TOTP) again; the proof of it. */
  prove(ctx: RequestContext, input: { password: string; totp?: string }): Promise<string>;
  /** When the official named re-authenticated, or null when the proof is not identity's or not theirs. */
  verify(proof: string, input: { officialId: string }): Date | null;
}

/** What a module's code may log: structured, without personal identifiers (redacted by the platform). */
export interface ModuleLog {
  info(object: Record<string, unknown>, message?: string): void;
  warn(object: Record<string, unknown>, message?: string): void;
  error(object: Record<string, unknown>, message?: string): void;
}

export type SharedDeps = SharedDepsRegistry & {
  now: Now;
  config: ModuleConfig;
  ports: PlatformPorts;
  log: ModuleLog;
};

/** A job handler as modules write it; `@openprovince/jobs` types the payload per queue. */
export type ModuleJobHandler = {
  // Method syntax: a handler that reads more of the job row (the jobs package's JobHandler) still fits.
  handle(
    payload: Record<string, unknown>,
    job: { id: number; attempts: number; queue: string },
  ): Promise<void>;
}['handle'];

/** A recurring job: enqueued on `queue` every `every`, by one instance only (see @openprovince/jobs). */
export interface ScheduleSpec {
  /** Unique across the platform, `<module>.<what>`. */
  name: string;
  queue: string;
  every: { minutes?: number; hours?: number; days?: number };
  payload?: Record<string, unknown>;
  /**
   * After downtime: `latest` runs once for all missed slots (purges, health checks), `all` once per missed
   * slot (at most 100; reminders that must each go out).
   */
  catchUp?: 'latest' | 'all';
}

/** What the demo seed of one module receives besides its deps. */
export interface SeedContext {
  ctx: RequestContext;
  /** Outputs of the seeds that ran before (declared with `after`), keyed by module name. */
  outputs: Partial<SeedOutputs>;
  /** Scale factor for benchmarks (1 = the report's scale). */
  scale: number;
  onProgress?: (step: string, done: number, total: number) => void;
}

/** Seed outputs other seeds may read, augmented by the module that produces them. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface SeedOutputs {}

/** The question every statistics source answers. Dates are the province's calendar dates, inclusive. */
export interface StatisticsQuery {
  period: { from: LocalDate; to: LocalDate; asOf?: LocalDate };
  /** Only these agencies' records (the caller's scope); all agencies when absent. */
  agencyIds?: readonly string[];
}

/** One figure: a number, or a number with its parts (e.g. received = online + counter). */
export type Figure = number | { value: number; parts: Readonly<Record<string, number>> };
export type Figures = Readonly<Record<string, Figure>>;

export interface IndicatorInfo {
  label: Label;
  /** e.g. 'hồ sơ', 'văn bản', '%'. */
  unit: string;
}

/** One shape for every module's statistics, read by the dashboard and the annual report. */
export interface StatisticsSource {
  /** The indicators this source computes, by the key they have in `Figures`. */
  indicators: Readonly<Record<string, IndicatorInfo>>;
  compute(query: StatisticsQuery): Promise<Figures>;
}

/** What the CLI lends a module's command besides its deps: progress bars on standard error. */
export interface CliTools {
  progress(label: string): { update(done: number, total: number): void; stop(): void };
}

export interface CliCommand<D> {
  /** One line of the CLI's help (Vietnamese / English). */
  usage: string;
  run: (deps: D, args: string[], tools: CliTools) => Promise<number>;
}

export interface ModuleManifest<D = unknown> {
  /** The workspace name without its scope; also the module's PostgreSQL schema. */
  name: string;
  description: Label;
  /** Roles this module contributes (name → label). */
  roles?: RoleLabels;
  /** Which permissions each role (of any module) gets from this module. */
  grants?: RoleGrants;
  deps: (shared: SharedDeps) => D;
  /** The module's routes, registered as an encapsulated Fastify plugin. */
  routes?: (deps: D) => (app: HttpApp) => Promise<void>;
  jobs?: (deps: D) => Readonly<Record<string, ModuleJobHandler>>;
  schedules?: readonly ScheduleSpec[];
  seed?: {
    /** Modules whose seeds must run first. */
    after?: readonly string[];
    demo: (deps: D, seed: SeedContext) => Promise<unknown>;
  };
  statistics?: (deps: D) => StatisticsSource;
  /** `npx openprovince <group> …` commands; exit status returned. */
  cli?: Readonly<Record<string, CliCommand<D>>>;
}

/**
 * Declares a module. An identity function: its value is the type it checks. The deps type is inferred from
 * `deps` and the name is kept as a literal, so the composition root knows each module's deps by its name.
 */
export function defineModule<D, const N extends string>(
  manifest: ModuleManifest<D> & { name: N },
): ModuleManifest<D> & { name: N } {
  return manifest;
}
