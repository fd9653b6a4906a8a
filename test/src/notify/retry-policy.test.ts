import { describe, expect, it } from 'vitest';
import { classifyStatus, parseRetryAfter, webhookBackoffDelay } from '../../../src/notify/retry-policy.js';

describe('webhook retry policy', () => {
  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [301, 'retry'],
    [400, 'rejected'],
    [401, 'rejected'],
    [404, 'rejected'],
    [408, 'retry'],
    [410, 'gone'],
    [413, 'rejected'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ] as const)('HTTP %i → %s', (status, verdict) => {
    expect(classifyStatus(status)).toBe(verdict);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2027-03-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 01 Mar 2027 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 01 Mar 2027 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('grows ×4 per attempt within ±10%, up to the cap', () => {
    const at = (attempt: number, random: number) =>
      webhookBackoffDelay(attempt, { baseMs: 10_000, random: () => random });
    expect([1, 2, 3, 4].map((n) => at(n, 0.5))).toEqual([10_000, 40_000, 160_000, 640_000]);
    expect(at(1, 0)).toBe(9_000);
    expect(at(1, 0.999_999)).toBe(11_000);
    expect(at(7, 0.5)).toBe(6 * 3600 * 1000);
  });

  it('never retries sooner than Retry-After, and never later than the cap', () => {
    const options = { baseMs: 10_000, random: () => 0.5 };
    expect(webhookBackoffDelay(1, { ...options, retryAfterMs: 60_000 })).toBe(60_000);
    expect(webhookBackoffDelay(3, { ...options, retryAfterMs: 1_000 })).toBe(160_000);
    expect(webhookBackoffDelay(1, { ...options, retryAfterMs: 86_400_000, maxMs: 3_600_000 })).toBe(
      3_600_000,
    );
  });
});
