import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { SourceError } from '../source-error.js';
import { parseSourceData } from './parse-source-data.js';
import { parseRetryAfter } from './retry-policy.js';
import type { SourceCache } from './source-cache.js';
import { createSourceCaller, type SourceCaller, type SourceCallerOptions } from './source-caller.js';

export interface SourceHttpOptions {
  caller: SourceCaller;
  /** E.g. "https://nominatim.openstreetmap.org"; a path prefix is kept. */
  baseUrl: string;
  userAgent: string;
  cache?: SourceCache;
  headers?: Record<string, string>;
}

export interface JsonRequest<T> {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  /** Sent as application/x-www-form-urlencoded (Overpass takes its query so). */
  form?: Record<string, string>;
  schema: z.ZodType<T>;
  /** Keeps the raw answer this long; absent: not cached. */
  cacheTtlSeconds?: number;
  /** Non-2xx statuses whose body the service documents as an answer (OSRM's 400 NoRoute); parsed with `schema`. */
  answerStatuses?: readonly number[];
}

/** JSON over HTTP for one source, with the caller's limits, retries and timeouts, and a cache. */
export interface SourceHttp {
  json<T>(request: JsonRequest<T>): Promise<T>;
}

const SNIPPET = 200;

export function createSourceHttp(options: SourceHttpOptions): SourceHttp {
  const { caller } = options;
  const base = options.baseUrl.replace(/\/+$/, '');

  return {
    async json<T>(req: JsonRequest<T>): Promise<T> {
      const method = req.method ?? 'GET';
      const url = new URL(`${base}/${req.path.replace(/^\/+/, '')}`);
      for (const [k, v] of Object.entries(req.query ?? {}))
        if (v !== undefined) url.searchParams.set(k, String(v));
      const body = req.form ? new URLSearchParams(req.form).toString() : undefined;
      const described = `${method} ${url.pathname}${url.search}`.slice(0, 300);
      const key = `${caller.source}:${createHash('sha256')
        .update(`${method} ${url.href} ${body ?? ''}`)
        .digest('hex')}`;

      const cached = req.cacheTtlSeconds !== undefined ? await options.cache?.get(key) : undefined;
      if (cached !== undefined) return parseBody(cached, req.schema, caller.source, described);

      // Loaded on the first call out (a plan on the sandbox alone never loads undici's ~1 MB), and
      // before the caller's rate gate: a slot spent loading would send the request late and the
      // next one less than the source's interval after it.
      const { request } = await import('undici');
      const text = await caller.call(described, async (signal) => {
        const headers: Record<string, string> = {
          'user-agent': options.userAgent,
          accept: 'application/json',
          ...options.headers,
        };
        if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
        let response: Awaited<ReturnType<typeof request>>;
        try {
          response = await request(url, { method, headers, body, signal });
        } catch (error) {
          if (signal.aborted) throw signal.reason;
          throw new SourceError(
            'unavailable',
            caller.source,
            described,
            `cannot connect (${String(error)})`,
            {
              cause: error,
            },
          );
        }
        const answer = await response.body.text().catch((error: unknown) => {
          throw signal.aborted
            ? signal.reason
            : new SourceError('unavailable', caller.source, described, 'the answer broke off', {
                cause: error,
              });
        });
        if (req.answerStatuses?.includes(response.statusCode)) return answer;
        throwForStatus(
          response.statusCode,
          response.headers['retry-after'],
          answer,
          caller.source,
          described,
        );
        return answer;
      });
      const parsed = parseBody(text, req.schema, caller.source, described);
      if (req.cacheTtlSeconds !== undefined) await options.cache?.set(key, text, req.cacheTtlSeconds);
      return parsed;
    },
  };
}

/** Maps an HTTP status to the SourceError it means; 2xx passes. */
export function throwForStatus(
  status: number,
  retryAfter: string | string[] | undefined,
  body: string,
  source: string,
  request: string,
): void {
  if (status >= 200 && status < 300) return;
  const snippet = body.slice(0, SNIPPET).replace(/\s+/g, ' ');
  const retryAfterMs = parseRetryAfter(retryAfter);
  if (status === 401 || status === 403)
    throw new SourceError(
      'unauthorized',
      source,
      request,
      `HTTP ${status}: the key is missing, wrong or not allowed`,
      {
        status,
      },
    );
  if (status === 429)
    throw new SourceError('rate-limited', source, request, `HTTP 429: too many requests`, {
      status,
      retryAfterMs,
    });
  if (status >= 500)
    throw new SourceError('unavailable', source, request, `HTTP ${status}: ${snippet}`, {
      status,
      retryAfterMs,
    });
  throw new SourceError('bad-request', source, request, `HTTP ${status}: ${snippet}`, { status });
}

function parseBody<T>(text: string, schema: z.ZodType<T>, source: string, request: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError('malformed-response', source, request, `not JSON: ${text.slice(0, SNIPPET)}`, {
      cause: error,
    });
  }
  return parseSourceData(schema, json, source, request);
}

/** The usual assembly: one caller (limits, retries, timeout) and its HTTP client. */
export function buildSourceHttp(
  options: Omit<SourceHttpOptions, 'caller'> & SourceCallerOptions,
): SourceHttp {
  return createSourceHttp({ ...options, caller: createSourceCaller(options) });
}
