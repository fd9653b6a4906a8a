import type { RedisClient } from '../runtime/redis-client.js';

/** Every error code the API answers with; clients branch on these, never on messages. */
export type ApiErrorCode =
  | 'validation_failed'
  | 'unknown_fields'
  | 'malformed_json'
  | 'bad_request'
  | 'model_not_allowed'
  | 'unauthorized'
  | 'not_found'
  | 'conflict'
  | 'idempotency_mismatch'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

/** One validation problem: where it is (`in` + dotted `path`) and what is wrong. */
export interface ApiIssue {
  in: string;
  path: string;
  message: string;
}

/** An error the handler can answer as-is: its status, code and message are meant for the client. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    options: { cause?: unknown; issues?: ApiIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message, { cause: options.cause });
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }

  readonly issues: ApiIssue[] | undefined;
  readonly headers: Record<string, string>;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

/**
 * ioredis reports an unreachable server with plain Errors (no classes or codes), so instead of
 * matching their messages we ask the client itself: a failure while it is not `ready` is an outage.
 * The two exceptions happen on a connection that still looks ready.
 */
export function isRedisUnavailable(error: unknown, redis: RedisClient): boolean {
  if (redis.status !== 'ready') return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError' || error.message === 'Command timed out') return true;
  return redis.isCluster && isClusterOutage(error);
}

/**
 * A cluster client stays `ready` while one of its masters is down, so the outage shows only in the
 * error: the node refusing (CLUSTERDOWN, TRYAGAIN while slots move), or ioredis giving up on the
 * dead node after its redirections. ioredis has no classes for these; their texts are its API.
 */
function isClusterOutage(error: Error): boolean {
  return (
    error.name === 'ClusterAllFailedError' ||
    /^(CLUSTERDOWN|TRYAGAIN|MASTERDOWN)\b/.test(error.message) ||
    error.message.startsWith('Too many Cluster redirections') ||
    error.message.startsWith('Failed to refresh slots cache') ||
    error.message === 'Connection is closed.'
  );
}
