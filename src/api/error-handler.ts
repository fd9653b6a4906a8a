import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { RedisClient } from '../runtime/redis-client.js';
import { ApiError, type ApiErrorCode, type ApiIssue, isApiError, isRedisUnavailable } from './api-error.js';

/** How long clients should wait before retrying after Redis went away (seconds). */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Fastify's own 4xx errors, by code; their messages are written for clients and safe to show. */
const FASTIFY_CODES: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/** The body of every error response. */
export interface ErrorBody {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
  requestId: string;
}

function dotted(instancePath: string): string {
  return instancePath.split('/').filter(Boolean).join('.');
}

interface ValidationFailure {
  validation: { instancePath: string; keyword: string; message?: string; params: object }[];
  validationContext?: string;
}

/** zod issues as the client sent them; unknown fields are named in full ("fields.colour"). */
function fromValidation(error: ValidationFailure): ApiError {
  const where = error.validationContext ?? 'request';
  const issues: ApiIssue[] = [];
  const unknown: string[] = [];
  for (const v of error.validation) {
    const path = dotted(v.instancePath);
    const keys = v.keyword === 'unrecognized_keys' ? (v.params as { keys?: string[] }).keys : undefined;
    if (keys) {
      for (const key of keys) unknown.push(path ? `${path}.${key}` : key);
      issues.push({ in: where, path, message: `unknown field(s): ${keys.join(', ')}` });
    } else {
      issues.push({ in: where, path, message: v.message ?? 'invalid' });
    }
  }
  if (unknown.length > 0) {
    return new ApiError(400, 'unknown_fields', `unknown field(s) in ${where}: ${unknown.join(', ')}`, {
      issues,
    });
  }
  const first = issues[0];
  const summary = first ? `${first.path || where}: ${first.message}` : 'invalid request';
  return new ApiError(400, 'validation_failed', `invalid ${where} (${summary})`, { issues });
}

/** Turns anything thrown into an ApiError; the original stays as `cause` for the log only. */
export function toApiError(error: unknown, redis: RedisClient): ApiError {
  if (isApiError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return fromValidation(error);
  const fastify = error as Partial<FastifyError>;
  const known = fastify.code ? FASTIFY_CODES[fastify.code] : undefined;
  if (known && fastify.statusCode) return new ApiError(fastify.statusCode, known, fastify.message ?? '');
  if (isRedisUnavailable(error, redis)) {
    return new ApiError(503, 'unavailable', 'the service is temporarily unavailable; retry shortly', {
      cause: error,
      headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    });
  }
  // Other Fastify 4xx (e.g. a malformed header) carry messages written for the client.
  const status = fastify.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500 && fastify.code?.startsWith('FST_')) {
    return new ApiError(status, 'bad_request', fastify.message ?? 'bad request', { cause: error });
  }
  return new ApiError(500, 'internal', 'internal error; quote the request id when reporting it', {
    cause: error,
  });
}

export function sendApiError(request: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  const body: ErrorBody = {
    statusCode: error.statusCode,
    code: error.code,
    message: error.message,
    ...(error.issues ? { issues: error.issues } : {}),
    requestId: request.id,
  };
  return reply.code(error.statusCode).headers(error.headers).type('application/json').send(body);
}

/** One place maps every failure to HTTP; 5xx answers never carry internals (they are logged). */
export function installErrorHandling(app: FastifyInstance, redis: RedisClient): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error, redis);
    // An outage is logged once per request as a warning; other 5xx are bugs and carry the full error.
    if (apiError.code === 'unavailable') request.log.warn({ err: apiError.cause ?? error }, apiError.message);
    else if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: apiError.code, status: apiError.statusCode }, apiError.message);
    return sendApiError(request, reply, apiError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendApiError(request, reply, new ApiError(404, 'not_found', `no route ${request.method} ${request.url}`)),
  );
}
