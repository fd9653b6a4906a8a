import { createRequire } from 'node:module';
import type * as DuffelSdk from '@duffel/api';
import { parseRetryAfter } from '../sources/http/retry-policy.js';
import type { SourceCaller } from '../sources/http/source-caller.js';
import { throwForStatus } from '../sources/http/source-http.js';
import { isSourceError, missingKeyError, SourceError } from '../sources/source-error.js';

export interface DuffelClientSettings {
  /** DUFFEL_ACCESS_TOKEN; a test token (duffel_test_…) reaches Duffel Airways only. */
  accessToken: string | undefined;
  /** https://api.duffel.com unless pointed elsewhere (tests: the loopback fake). */
  baseUrl?: string;
}

/**
 * The SDK with what it brings (node-fetch, whatwg-url, tr46: ~0.4 MB) is read when a Duffel client
 * is first built, so only a deployment that chooses Duffel pays for it (the offline CLI starts
 * without it). require() because building a client is synchronous; the package ships CommonJS.
 */
const sdk = (): typeof DuffelSdk => createRequire(import.meta.url)('@duffel/api');

/** The official client, or a clear message naming the setting when no token is configured. */
export function createDuffelClient(settings: DuffelClientSettings): DuffelSdk.Duffel {
  if (!settings.accessToken)
    throw missingKeyError(
      'duffel',
      'DUFFEL_ACCESS_TOKEN',
      'flights and stays from Duffel need an access token',
    );
  return new (sdk().Duffel)({ token: settings.accessToken, basePath: settings.baseUrl });
}

/** Error codes with which Duffel says an offer or search result can no longer be had. */
const GONE = new Set(['offer_no_longer_available', 'offer_expired', 'not_found', 'search_result_expired']);

/**
 * Runs one SDK call under the caller's limits, retries and timeout, turning what the SDK throws
 * into SourceErrors: its DuffelError by status, node-fetch failures as unavailable or malformed.
 */
export function callDuffel<T>(
  caller: SourceCaller,
  request: string,
  run: () => Promise<T>,
  options: { goneIsExpired?: boolean } = {},
): Promise<T> {
  return caller.call(request, async () => {
    try {
      return await run();
    } catch (error) {
      throw toSourceError(error, request, options.goneIsExpired ?? false);
    }
  });
}

function toSourceError(error: unknown, request: string, goneIsExpired: boolean): unknown {
  if (isSourceError(error)) return error;
  if (error instanceof sdk().DuffelError) {
    const code = error.errors?.[0]?.code;
    const status = error.status ?? 0;
    if (goneIsExpired && (status === 404 || status === 410 || (code !== undefined && GONE.has(code))))
      return new SourceError('offer-expired', 'duffel', request, `no longer available (${code ?? status})`, {
        cause: error,
        status,
      });
    const headers = error.headers;
    const retryAfter =
      parseRetryAfter(headers?.get?.('retry-after')) ?? parseRetryAfter(headers?.get?.('ratelimit-reset'));
    try {
      const detail = error.errors?.map((e) => `${e.code}: ${e.message}`).join('; ') ?? '';
      throwForStatus(
        status,
        retryAfter === undefined ? undefined : String(Math.ceil(retryAfter / 1000)),
        detail,
        'duffel',
        request,
      );
    } catch (mapped) {
      if (isSourceError(mapped)) Object.defineProperty(mapped, 'cause', { value: error });
      return mapped;
    }
    return new SourceError('malformed-response', 'duffel', request, 'an error without a status', {
      cause: error,
    });
  }
  const fetchType = (error as { type?: unknown } | null)?.type;
  if (fetchType === 'system')
    return new SourceError('unavailable', 'duffel', request, `cannot connect (${String(error)})`, {
      cause: error,
    });
  // node-fetch's invalid-json, or the SDK tripping over a non-JSON 2xx body.
  return new SourceError('malformed-response', 'duffel', request, `unreadable answer (${String(error)})`, {
    cause: error,
  });
}
