import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelFetch } from '../../../src/models/model-fetch.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A loopback server whose answer each test sets; it records every request it read. */
function loopback() {
  const received: Received[] = [];
  let answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    });
    answer(req, res);
  });
  return {
    server,
    received,
    answer(handler: typeof answer) {
      answer = handler;
    },
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

describe('createModelFetch', () => {
  const site = loopback();
  const modelFetch = createModelFetch();
  beforeAll(async () => {
    site.server.listen(0, '127.0.0.1');
    await once(site.server, 'listening');
  });
  afterAll(() => {
    site.server.closeAllConnections();
    site.server.close();
  });

  it('sends the method, every header and the body as given, and hands back status, headers and body', async () => {
    site.answer((_req, res) => {
      res.statusCode = 429;
      res.setHeader('content-type', 'application/json');
      res.setHeader('retry-after', '2');
      res.setHeader('x-request-id', 'req_1');
      res.end('{"error":{"message":"slow down"}}');
    });
    const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Zürich → Köln' }] });
    const headers = new Headers({ 'content-type': 'application/json', authorization: 'Bearer k' });
    headers.append('x-stainless-retry-count', '0');
    headers.append('accept', 'application/json');
    headers.append('accept', 'text/plain');

    const response = await modelFetch(`${site.url()}/v1/chat/completions?x=1`, {
      method: 'POST',
      headers,
      body,
    });

    const sent = site.received.at(-1);
    expect(sent).toMatchObject({ method: 'POST', url: '/v1/chat/completions?x=1', body });
    expect(sent?.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer k',
      'x-stainless-retry-count': '0',
      accept: 'application/json, text/plain',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ error: { message: 'slow down' } });
  });

  it('answers a bodiless status with no body', async () => {
    site.answer((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    const response = await modelFetch(`${site.url()}/empty`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('gives up on abort, and the connections stay usable afterwards', async () => {
    const held: ServerResponse[] = [];
    site.answer((_req, res) => {
      held.push(res);
    });
    const controller = new AbortController();
    const pending = modelFetch(`${site.url()}/held`, {
      method: 'POST',
      body: '{}',
      signal: controller.signal,
    });
    await expect.poll(() => held.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });

    site.answer((_req, res) => res.end('{"ok":true}'));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => modelFetch(`${site.url()}/after`, { method: 'POST', body: '{}' })),
    );
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual(Array(5).fill({ ok: true }));
  });

  it('streams server-sent events as they arrive', async () => {
    let send: (text: string) => void = () => {};
    site.answer((_req, res) => {
      res.setHeader('content-type', 'text/event-stream');
      res.flushHeaders();
      send = (text) => (text === 'end' ? res.end() : res.write(text));
    });
    const response = await modelFetch(`${site.url()}/stream`, { method: 'POST', body: '{}' });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    send('data: {"n":1}\n\n');
    // The first event is readable while the server still holds the stream open.
    expect(decoder.decode((await reader.read()).value)).toBe('data: {"n":1}\n\n');
    send('data: [DONE]\n\n');
    expect(decoder.decode((await reader.read()).value)).toBe('data: [DONE]\n\n');
    send('end');
    expect((await reader.read()).done).toBe(true);
  });

  it("leaves other bodies to Node's fetch", async () => {
    site.answer((_req, res) => res.end('ok'));
    const form = new URLSearchParams({ purpose: 'batch' });
    const response = await modelFetch(`${site.url()}/files`, { method: 'POST', body: form });
    expect(await response.text()).toBe('ok');
    expect(site.received.at(-1)).toMatchObject({ body: 'purpose=batch' });
    expect(site.received.at(-1)?.headers['content-type']).toMatch(/application\/x-www-form-urlencoded/);
  });
});
