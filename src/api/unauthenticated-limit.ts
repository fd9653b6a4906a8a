import type { FastifyReply, FastifyRequest, onRequestHookHandler, onResponseHookHandler } from 'fastify';
import { ApiError } from './api-error.js';

export interface UnauthenticatedLimitOptions {
  /** Requests per minute per client address that end in 401 (or are still being checked). */
  perMinute: number;
  /** Milliseconds of one window. Default 60 000. */
  windowMs?: number;
  /** Addresses tracked at once; past this the window starts over early. Default 100 000. */
  maxAddresses?: number;
  now?: () => number;
}

export interface UnauthenticatedLimit {
  /** Before the key check: refuses an address that has used up its failures (no Redis lookup). */
  onRequest: onRequestHookHandler;
  /** After the key check passed: the request gives its unit back (a stream may stay open for long). */
  onAuthenticated: onRequestHookHandler;
  /** A request that ended without passing the key check keeps its unit only if it was a 401. */
  onResponse: onResponseHookHandler;
}

/**
 * Limits requests without a valid API key by client address (request.ip: the socket's address, or
 * the proxy's forwarded one when Fastify trusts the proxy). Each such request costs a Redis lookup
 * of the key, and the per-tenant limiter cannot count them (there is no tenant), so without this a
 * caller could make the service look up keys as fast as it can send them. The budget counts failed
 * requests and those still in flight, so a burst of parallel bad keys is bounded too. Counts live
 * in this process (a fixed window, cleared wholesale): cheap, and the point is to spare Redis.
 */
export function createUnauthenticatedLimit(options: UnauthenticatedLimitOptions): UnauthenticatedLimit {
  const windowMs = options.windowMs ?? 60_000;
  const maxAddresses = options.maxAddresses ?? 100_000;
  const now = options.now ?? Date.now;
  let windowStart = now();
  let used = new Map<string, number>();
  const counted = new WeakSet<FastifyRequest>();
  const refund = (request: FastifyRequest) => {
    if (!counted.delete(request)) return;
    const spent = used.get(request.ip);
    if (spent !== undefined) used.set(request.ip, Math.max(0, spent - 1));
  };

  const roll = () => {
    const t = now();
    if (t - windowStart >= windowMs || used.size >= maxAddresses) {
      windowStart = t;
      used = new Map();
    }
  };

  return {
    async onRequest(request: FastifyRequest, _reply: FastifyReply) {
      roll();
      const spent = used.get(request.ip) ?? 0;
      if (spent >= options.perMinute) {
        const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now()) / 1000));
        throw new ApiError(
          429,
          'rate_limited',
          `too many requests without a valid API key from this address; retry in ${retryAfter} s`,
          { headers: { 'retry-after': String(retryAfter) } },
        );
      }
      used.set(request.ip, spent + 1);
      counted.add(request);
    },
    async onAuthenticated(request: FastifyRequest, _reply: FastifyReply) {
      // Only failures use up the address's budget.
      refund(request);
    },
    async onResponse(request: FastifyRequest, reply: FastifyReply) {
      if (reply.statusCode !== 401) refund(request);
    },
  };
}
