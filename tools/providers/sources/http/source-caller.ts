import { SourceError } from '../source-error.js';
import type { RateLimiter } from './rate-limiter.js';
import {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  realSleep,
  type Sleep,
  withRetries,
} from './retry-policy.js';

/** How one source is called: shared by the HTTP layer and SDK-based adapters (Duffel). */
export interface SourceCallerOptions {
  /** Named in every error, e.g. "nominatim". */
  source: string;
  /** One attempt gives up after this long. Default 10 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Shared by every caller of the same service in this process. */
  limiter?: RateLimiter;
  sleep?: Sleep;
}

export interface SourceCaller {
  readonly source: string;
  /**
   * Runs `attempt` under the limiter, the timeout and the retry policy. `attempt` throws
   * SourceErrors (retryable ones are retried); `signal` aborts when the attempt times out.
   */
  call<T>(request: string, attempt: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

export function createSourceCaller(options: SourceCallerOptions): SourceCaller {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const limit = <T>(task: () => Promise<T>): Promise<T> =>
    options.limiter ? options.limiter.schedule(task) : task();

  function once<T>(request: string, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new SourceError('timeout', options.source, request, `no answer within ${timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    });
    // The race also covers clients that ignore the signal (the Duffel SDK takes none).
    return Promise.race([attempt(controller.signal), timedOut]).finally(() => clearTimeout(timer));
  }

  return {
    source: options.source,
    call: (request, attempt) => withRetries(() => limit(() => once(request, attempt)), policy, sleep),
  };
}

/** The User-Agent public services ask for: who we are and how to reach the operator. */
export function sourceUserAgent(contactEmail: string | undefined): string {
  return contactEmail ? `trip-planner/0.1 (+mailto:${contactEmail})` : 'trip-planner/0.1';
}
