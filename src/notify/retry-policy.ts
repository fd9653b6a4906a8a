/**
 * What each receiver answer means for a delivery:
 * - `delivered`: 2xx.
 * - `gone`: 410 — the receiver says the endpoint is gone for good, so the webhook is disabled.
 * - `rejected`: any other 4xx except 408 and 429 — the receiver refused this request; sending the
 *   same bytes again cannot change that, so it is not retried.
 * - `retry`: 408, 429, 3xx (redirects are not followed) and 5xx, like network errors and timeouts.
 */
export type ResponseVerdict = 'delivered' | 'gone' | 'rejected' | 'retry';

export function classifyStatus(statusCode: number): ResponseVerdict {
  if (statusCode >= 200 && statusCode < 300) return 'delivered';
  if (statusCode === 410) return 'gone';
  if (statusCode >= 400 && statusCode < 500 && statusCode !== 408 && statusCode !== 429) return 'rejected';
  return 'retry';
}

/** `Retry-After` in ms (delta seconds or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export interface WebhookBackoffOptions {
  /** Delay before the first retry. */
  baseMs: number;
  /** No retry waits longer, Retry-After included. Default 6 h. */
  maxMs?: number;
  /** What the receiver asked for (Retry-After), if anything. */
  retryAfterMs?: number | null;
  /** [0, 1) source for the jitter. Default Math.random. */
  random?: () => number;
}

/**
 * Delay before retry number `attemptsMade` (1 after the first failure): base × 4^(n−1), ±10% so
 * deliveries that failed together (a receiver outage) do not all come back at once, capped at
 * `maxMs`. A Retry-After is honoured as a floor: never sooner than the receiver asked, never
 * faster than this schedule.
 */
export function webhookBackoffDelay(attemptsMade: number, options: WebhookBackoffOptions): number {
  const maxMs = options.maxMs ?? 6 * 3600 * 1000;
  const exponential = options.baseMs * 4 ** Math.max(0, attemptsMade - 1);
  const jittered = exponential * (0.9 + 0.2 * (options.random ?? Math.random)());
  return Math.round(Math.min(maxMs, Math.max(jittered, options.retryAfterMs ?? 0)));
}
