import type { Db } from '@openprovince/db';

export interface StatementLog {
  /** The SQL text of every statement issued through the handle since the log started (or was reset). */
  readonly statements: readonly string[];
  reset(): void;
  /** Stops recording and gives back what was recorded. */
  stop(): string[];
}

interface LoggingSession {
  logger: { logQuery(query: string, params: unknown[]): void };
  options: Record<string, unknown>;
}

/**
 * Records the SQL statements a Drizzle handle issues, inside transactions too, to count what one use case
 * costs (`*.sql-count.db.test.ts`). BEGIN and COMMIT are issued by the driver and not counted; savepoints
 * are. Works by swapping the session's logger (Drizzle builds each transaction's session from the same
 * options), for PGlite and node-postgres alike; one log per handle at a time.
 */
export function logStatements(db: Db): StatementLog {
  const session = (db as unknown as { session: LoggingSession }).session;
  const previous = { logger: session.logger, options: session.options };
  const statements: string[] = [];
  const logger = {
    logQuery(query: string, params: unknown[]) {
      // node-postgres sends BEGIN and COMMIT through Drizzle's logger, PGlite does not: leave them out on
      // both, so a count means the same on either database.
      if (!/^\s*(begin|commit|rollback)\s*;?\s*$/i.test(query)) statements.push(query);
      previous.logger.logQuery(query, params);
    },
  };
  session.logger = logger;
  session.options = { ...previous.options, logger };
  return {
    statements,
    reset: () => void statements.splice(0),
    stop: () => {
      session.logger = previous.logger;
      session.options = previous.options;
      return [...statements];
    },
  };
}
