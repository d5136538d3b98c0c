import type { ErrorCode } from './error-codes.ts';

export interface FieldError {
  /** JSON pointer-like path of the offending field, e.g. `/body/email`. */
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** Detail shown to the user, in Vietnamese. */
  detail?: string;
  /** The same detail in English. */
  detailEn?: string;
  /** Field-level problems (validation). */
  errors?: FieldError[];
  /** Seconds after which a retry may succeed (sets `Retry-After`). */
  retryAfterSeconds?: number;
  /** Extra machine-readable members of the problem document. */
  extra?: Record<string, unknown>;
  /** Internal cause, logged but never sent to clients. */
  cause?: unknown;
}

/**
 * The one error type use cases throw. The HTTP layer turns it into application/problem+json;
 * the CLI prints its Vietnamese and English titles.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly options: AppErrorOptions;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.detailEn ?? options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.options = options;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Narrows an exhaustive switch: the compiler fails if a case is missing. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable value: ${String(value)}`);
}
