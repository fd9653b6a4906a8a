import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';

/** Statuses whose Response must have no body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Model calls share kept-alive connections per origin, as Node's own fetch does; one pool per
 * process, like fetch's global dispatcher. Made on the first model call, and undici (~1 MB) read
 * only then: a process with the offline model never loads it.
 */
let sharedDispatcher: Dispatcher | undefined;
async function defaultDispatcher(): Promise<Dispatcher> {
  const { Agent } = await import('undici');
  sharedDispatcher ??= new Agent({ keepAliveTimeout: 30_000 });
  return sharedDispatcher;
}

/**
 * The fetch the OpenAI SDK sends model calls with: undici's request API (the library Node's own
 * fetch is built on) with the reply handed back as a standard Response. Node's fetch pipes every
 * request and reply through WHATWG streams; a worker with a hundred trips in flight spent about a
 * tenth of its CPU there (a 10 kB JSON request and its reply: ~630 µs of CPU through fetch,
 * ~240 µs this way). Anything but a plain string or byte body goes to Node's fetch unchanged.
 */
export function createModelFetch(dispatcher?: Dispatcher): typeof fetch {
  return async (input, init) => {
    const body = init?.body ?? undefined;
    const plainBody = body === undefined || typeof body === 'string' || body instanceof Uint8Array;
    if (!(typeof input === 'string' || input instanceof URL) || !plainBody) return fetch(input, init);

    const { request } = await import('undici');
    const reply = await request(input, {
      method: (init?.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: Object.fromEntries(new Headers(init?.headers)),
      body,
      signal: init?.signal ?? undefined,
      dispatcher: dispatcher ?? (await defaultDispatcher()),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(reply.headers)) {
      for (const one of Array.isArray(value) ? value : [value])
        if (one !== undefined) headers.append(name, one);
    }
    if (NULL_BODY_STATUSES.has(reply.statusCode)) {
      await reply.body.dump();
      return new Response(null, { status: reply.statusCode, headers });
    }
    // A streamed reply (server-sent events) stays a stream; anything else is read whole, once.
    const streamed = headers.get('content-type')?.startsWith('text/event-stream') ?? false;
    const content = streamed
      ? (Readable.toWeb(reply.body) as ReadableStream<Uint8Array>)
      : await reply.body.arrayBuffer();
    return new Response(content, { status: reply.statusCode, headers });
  };
}
