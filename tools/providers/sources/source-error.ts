export type SourceErrorCode =
  /** A key the source needs is not configured (e.g. DUFFEL_ACCESS_TOKEN). */
  | 'missing-key'
  /** 401/403: the key is wrong or lacks the permission. */
  | 'unauthorized'
  /** 429 after every retry. */
  | 'rate-limited'
  /** 5xx or a refused connection after every retry. */
  | 'unavailable'
  /** No answer within the timeout, after every retry. */
  | 'timeout'
  /** The answer does not parse as the service's documented wire format. */
  | 'malformed-response'
  /** 4xx other than the above: our request is wrong; retrying cannot help. */
  | 'bad-request'
  /** A quoted offer is no longer available at its price; search again. */
  | 'offer-expired';

/** Codes a later attempt may cure; the others fail at once. */
const RETRYABLE: ReadonlySet<SourceErrorCode> = new Set(['rate-limited', 'unavailable', 'timeout']);

/**
 * A failure of a real data source. The message names the source and the request (never the key),
 * so a log line alone says which service failed at what.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    /** The source, e.g. "duffel", "open-meteo", "nominatim". */
    readonly source: string,
    /** What was asked, e.g. "POST /air/offer_requests" or "GET /v1/forecast?latitude=…". */
    readonly request: string,
    detail: string,
    options?: {
      cause?: unknown;
      status?: number;
      /** How long the service asked us to wait (Retry-After), in milliseconds. */
      retryAfterMs?: number;
    },
  ) {
    super(
      `${source}: ${detail} (${request})`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.status = options?.status;
    this.retryAfterMs = options?.retryAfterMs;
  }
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}

/** The error for a key a source cannot work without, naming the setting to fill in. */
export function missingKeyError(source: string, setting: string, why: string): SourceError {
  return new SourceError('missing-key', source, 'configuration', `${setting} is not set: ${why}`);
}
