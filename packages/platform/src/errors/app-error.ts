import type { ErrorCode } from './error-codes.ts';

/**
 * One problem with one field of a request, as a use case reports it. The web app shows `message` next to
 * the field; `messageEn` is the same sentence in English.
 */
export interface FieldError {
  /**
   * JSON pointer of the offending field: `/body/draftingUnit`, `/querystring/from`, `/body/steps/1/hours`.
   * A pointer without its part of the request (`/draftingUnit`) is read as a field of the body.
   */
  path: string;
  /** In Vietnamese, a sentence a person understands next to the field ("Công văn cần đơn vị soạn thảo"). */
  message: string;
  /** The same sentence in English. */
  messageEn: string;
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

  /**
   * A refusal about one field: the field's message is also the problem's detail, so a client that shows
   * only the detail still says what is wrong. `VALIDATION_FAILED` unless another code is given (a taken
   * user name is a `CONFLICT`, a rule of the domain a `BUSINESS_RULE_VIOLATED`).
   */
  static forField(
    field: FieldError & { code?: ErrorCode; extra?: Record<string, unknown>; cause?: unknown },
  ): AppError {
    const { code = 'VALIDATION_FAILED', extra, cause, ...error } = field;
    return new AppError(code, {
      detail: error.message,
      detailEn: error.messageEn,
      errors: [error],
      ...(extra ? { extra } : {}),
      ...(cause ? { cause } : {}),
    });
  }

  /**
   * A refusal listing several fields (VALIDATION_FAILED unless another code is given). The detail names
   * the first few problems, for clients that show only the detail.
   */
  static forFields(errors: FieldError[], code: ErrorCode = 'VALIDATION_FAILED'): AppError {
    if (errors.length === 1) return AppError.forField({ ...errors[0]!, code });
    const first = errors.slice(0, 3);
    const more = errors.length > first.length ? '; …' : '';
    return new AppError(code, {
      detail: `Có ${errors.length} trường chưa hợp lệ: ${first.map((e) => e.message).join('; ')}${more}`,
      detailEn: `${errors.length} fields are invalid: ${first.map((e) => e.messageEn).join('; ')}${more}`,
      errors,
    });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Narrows an exhaustive switch: the compiler fails if a case is missing. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable value: ${String(value)}`);
}
