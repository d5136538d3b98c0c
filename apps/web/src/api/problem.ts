import type { ProblemBody } from './types.ts';

/** Problems the browser detects itself, before or instead of a problem document from the server. */
export type ClientProblemCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/**
 * A failed API call. `body` is the server's problem document when there is one; client-side failures
 * (no network, a proxy's HTML error page) carry a `clientCode` and are worded by the web app's texts.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: ProblemBody | undefined;
  readonly clientCode: ClientProblemCode | undefined;
  /** From the Retry-After header of a 429 answer. */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    status: number;
    body?: ProblemBody;
    clientCode?: ClientProblemCode;
    retryAfterSeconds?: number;
  }) {
    super(options.body?.titleEn ?? options.clientCode ?? `HTTP ${options.status}`);
    this.name = 'ApiProblem';
    this.status = options.status;
    this.body = options.body;
    this.clientCode = options.clientCode;
    this.code = options.body?.code ?? options.clientCode ?? 'UNEXPECTED_RESPONSE';
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isProblemBody(value: unknown): value is ProblemBody {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.title === 'string' && typeof v.requestId === 'string';
}

function parseRetryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function problemFromResponse(response: Response, error: unknown): ApiProblem {
  const retryAfterSeconds = parseRetryAfter(response);
  if (isProblemBody(error)) {
    return new ApiProblem({ status: response.status, body: error, retryAfterSeconds });
  }
  return new ApiProblem({ status: response.status, clientCode: 'UNEXPECTED_RESPONSE', retryAfterSeconds });
}

export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  // fetch rejects only when no answer arrived at all (offline, DNS, connection reset).
  return new ApiProblem({ status: 0, clientCode: 'NETWORK_ERROR' });
}

/** A field error of a problem document, in the reader's language, addressed the way a form names fields. */
export interface ProblemFieldMessage {
  /** JSON pointer into the request, as the server sent it: `/body/recipients/0/agencyId`. */
  path: string;
  /** The part of the request: `body`, `querystring`, `params`. */
  part: string;
  /** The field inside its part as a form's name path: `['recipients', 0, 'agencyId']`. */
  name: (string | number)[];
  /** Vietnamese, or English when the reader chose English (and the server gave it). */
  message: string;
}

function nameOfPointer(pointer: string): { part: string; name: (string | number)[] } {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const [part = 'body', ...inside] = segments;
  return {
    part,
    name: inside.filter((s) => s !== '').map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s)),
  };
}

/** The field errors a problem carries (none for client-side problems), worded for `language`. */
export function fieldErrorsOf(
  problem: ApiProblem | null | undefined,
  language: string,
): ProblemFieldMessage[] {
  const errors = problem?.body?.errors ?? [];
  const english = language.startsWith('en');
  return errors.map((e) => ({
    path: e.path,
    ...nameOfPointer(e.path),
    message: (english ? e.messageEn || e.message : e.message || e.messageEn) ?? '',
  }));
}
