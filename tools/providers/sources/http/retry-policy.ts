import { setTimeout as delay } from 'node:timers/promises';
import { isSourceError } from '../source-error.js';

export interface RetryPolicy {
  /** Tries in all, the first included. Default 3. */
  attempts: number;
  /** First backoff; doubles each time, with full jitter. Default 500 ms. */
  baseDelayMs: number;
  /** Longest backoff we choose ourselves. Default 8 s. */
  maxDelayMs: number;
  /**
   * Longest Retry-After we are willing to honour; a service asking for more fails the request at
   * once (a plan should not hang for minutes on one source). Default 30 s.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** Waits; tests pass one that records the asked delays instead of waiting. */
export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => delay(ms);

/**
 * Runs `attempt` until it succeeds, fails with an error retrying cannot cure, or the attempts run
 * out. A SourceError's Retry-After wins over our own backoff: the service knows when it recovers.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy,
  sleep: Sleep = realSleep,
  random: () => number = Math.random,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!isSourceError(error) || !error.retryable || n >= policy.attempts) throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)) * random();
      await sleep(error.retryAfterMs ?? Math.round(backoff));
    }
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | string[] | undefined | null,
  now = Date.now(),
): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
