import { realSleep, type Sleep } from './retry-policy.js';

export interface RateLimiterOptions {
  /** Requests in flight at once. */
  maxConcurrent: number;
  /** Least time between two request starts (Nominatim's policy: 1000 ms). 0 = no spacing. */
  minIntervalMs: number;
  now?: () => number;
  sleep?: Sleep;
}

/** Bounds one source's load from this process: a concurrency cap and a minimum spacing of starts. */
export interface RateLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const waiting: Array<() => void> = [];
  let active = 0;
  let nextStart = 0;

  async function acquire(): Promise<void> {
    // A freed slot is handed straight to the next waiter, so a newcomer cannot overtake the queue.
    if (active < options.maxConcurrent && waiting.length === 0) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    const start = Math.max(now(), nextStart);
    nextStart = start + options.minIntervalMs;
    const wait = start - now();
    if (wait > 0) await sleep(wait);
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  return {
    async schedule(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
