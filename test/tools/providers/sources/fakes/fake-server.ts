import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Never answer (the socket is closed when the server closes): a timeout. */
  hang?: boolean;
}

export type FakeHandler = (request: RecordedRequest) => FakeReply | undefined;

/**
 * A service's stand-in on loopback: `handle` answers from recorded responses; `script` queues
 * one-off replies (errors) that win over it, in order, for requests whose path starts with a prefix.
 */
export interface FakeServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  script(method: string, pathPrefix: string, ...replies: FakeReply[]): void;
  close(): Promise<void>;
}

export async function startFakeServer(handle: FakeHandler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const scripted: Array<{ method: string; prefix: string; reply: FakeReply }> = [];

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: performance.now(),
    };
    requests.push(recorded);
    const i = scripted.findIndex((s) => s.method === recorded.method && recorded.path.startsWith(s.prefix));
    const reply = i >= 0 ? scripted.splice(i, 1)[0]?.reply : handle(recorded);
    if (reply?.hang) return;
    const answer = reply ?? {
      status: 404,
      body: { error: `no fake for ${recorded.method} ${recorded.path}` },
    };
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
    const type = typeof answer.body === 'string' ? 'text/plain' : 'application/json';
    res.writeHead(answer.status ?? 200, { 'content-type': type, ...answer.headers });
    res.end(text);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(method, pathPrefix, ...replies) {
      for (const reply of replies) scripted.push({ method, prefix: pathPrefix, reply });
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Records the delays an adapter asks for instead of waiting them out (Retry-After, backoff). */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}
