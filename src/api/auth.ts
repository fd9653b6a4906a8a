import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { ApiKeyStore } from '../tenancy/api-keys.js';
import { ApiError } from './api-error.js';
import { sendApiError } from './error-handler.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the API-key hook on every /v1 request; '' elsewhere. */
    tenantId: string;
  }
}

const BEARER = /^Bearer ([^\s]+)$/i;

function unauthorized(message: string, challenge: string): ApiError {
  return new ApiError(401, 'unauthorized', message, { headers: { 'www-authenticate': challenge } });
}

/**
 * Resolves `Authorization: Bearer <api key>` to the key's tenant. It runs at onRequest, before the
 * body is read, so an unauthenticated caller learns nothing about validation or trips.
 */
export function createTenantAuthHook(apiKeys: ApiKeyStore): onRequestHookHandler {
  const challenge = 'Bearer realm="trip-planner"';
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (!header) {
      throw unauthorized('missing API key: send Authorization: Bearer <api key>', challenge);
    }
    const token = BEARER.exec(header)?.[1];
    if (!token) {
      throw unauthorized('malformed Authorization header: expected "Bearer <api key>"', challenge);
    }
    const result = await apiKeys.check(token);
    if (!result.ok) {
      throw unauthorized(
        result.reason === 'revoked' ? 'this API key has been revoked' : 'unknown API key',
        `${challenge}, error="invalid_token"`,
      );
    }
    request.tenantId = result.tenantId;
    request.log = request.log.child({ tenantId: result.tenantId, keyId: result.keyId });
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** The admin key from `Authorization: Bearer <key>` or HTTP Basic (any user name, key as password). */
function presentedAdminKey(header: string | undefined): string | null {
  if (!header) return null;
  const bearer = BEARER.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header)?.[1];
  if (!basic) return null;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}

/**
 * Guards the operator routes. Basic auth is accepted so a browser can open Bull Board: the 401's
 * Basic challenge makes it prompt once and then send the credentials with every asset and API call.
 */
export function createAdminAuthHook(adminKey: string): onRequestHookHandler {
  const expected = digest(adminKey);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const presented = presentedAdminKey(request.headers.authorization);
    // Comparing fixed-length digests in constant time hides both the key and its length.
    if (presented === null || !timingSafeEqual(digest(presented), expected)) {
      // Answered here, not thrown: Bull Board installs its own error handler for its routes.
      const error = unauthorized('admin key required', 'Basic realm="trip-planner admin", charset="UTF-8"');
      return sendApiError(request, reply, error);
    }
    return undefined;
  };
}
