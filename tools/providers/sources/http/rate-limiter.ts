import { realSleep, type Sleep } from './retry-policy.js';

/** Hands out start times at least an interval apart; answers how long the caller must wait. */
export interface StartGate {
  reserve(): Promise<number>;
}

export interface RateLimiterOptions {
  /** Requests in flight at once. */
  maxConcurrent: number;
  /** Least time between two request starts (Nominatim's policy: 1000 ms). 0 = no spacing. */
  minIntervalMs: number;
  /**
   * Where the spacing is kept. Default: this process only. A deployment with several workers
   * passes a Redis gate (createRedisStartGate) so the public services see one polite client.
   */
  gate?: StartGate;
  now?: () => number;
  sleep?: Sleep;
}

/** Bounds one source's load: a concurrency cap in this process and a minimum spacing of starts. */
export interface RateLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
}

/** The in-process gate. */
export function createLocalStartGate(minIntervalMs: number, now: () => number = Date.now): StartGate {
  let nextStart = 0;
  return {
    async reserve() {
      const at = now();
      const start = Math.max(at, nextStart);
      nextStart = start + minIntervalMs;
      return start - at;
    },
  };
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const sleep = options.sleep ?? realSleep;
  const gate = options.gate ?? createLocalStartGate(options.minIntervalMs, options.now);
  const waiting: Array<() => void> = [];
  let active = 0;

  async function acquire(): Promise<void> {
    // A freed slot is handed straight to the next waiter, so a newcomer cannot overtake the queue.
    if (active < options.maxConcurrent && waiting.length === 0) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    if (options.minIntervalMs <= 0 && !options.gate) return;
    const wait = await gate.reserve();
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
