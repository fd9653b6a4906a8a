import { type AIMessageChunk, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningOpenAiServer } from '../../../src/devtools/openai-compatible-server.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import { openAiModel, planSeattle, type SentBody, sentBodies, startServer } from './openai-server.fixture.js';

describe('the real agents through ChatOpenAI and the local OpenAI-compatible server', () => {
  let server: RunningOpenAiServer;
  let plan: Plan;
  let bodies: SentBody[];

  beforeAll(async () => {
    server = await startServer();
    plan = await planSeattle(openAiModel(server));
    bodies = sentBodies(server);
  });
  afterAll(() => server.close());

  it('plans the Seattle example end to end over HTTP', () => {
    expect(plan.validation.passed).toBe(true);
    expect(plan.route.cities).toHaveLength(2);
    expect(plan.legs.some((l) => l.mode === 'flight')).toBe(false);
    expect(new Set(Object.values(plan.models))).toEqual(new Set(['openai:offline-policy']));
    // intake 2 rounds, flights 2, hotels 2, itinerary ≥ 2.
    expect(server.stats().completions).toBeGreaterThanOrEqual(8);
  });

  it('sends every tool with its JSON schema, the submit tool last', () => {
    for (const body of bodies) {
      expect(body.tools.length).toBeGreaterThan(1);
      for (const t of body.tools) {
        expect(t.type).toBe('function');
        expect(t.function.parameters).toMatchObject({ type: 'object', additionalProperties: false });
      }
      const submit = body.tools.at(-1)?.function;
      expect(submit?.name).toMatch(/^submit_/);
      expect(submit?.parameters.required).toEqual(expect.arrayContaining([expect.any(String)]));
    }
    const flights = bodies.flatMap((b) => b.tools).find((t) => t.function.name === 'search_flights')
      ?.function.parameters;
    expect(flights).toMatchObject({
      // travellers is nullable, so strict tool schemas still list it as required.
      required: ['from', 'to', 'date', 'travellers'],
      properties: {
        from: { type: 'string', minLength: 1 },
        to: { type: 'string' },
        date: { type: 'string', format: 'date', pattern: expect.any(String) },
      },
    });
  });

  it('sends well-formed conversations: system, task, then tool calls each answered by JSON', () => {
    for (const body of bodies) {
      expect(body.messages[0]?.role).toBe('system');
      expect(body.messages[1]).toMatchObject({
        role: 'user',
        content: expect.stringContaining('TASK (JSON):'),
      });
      let pending: string[] = [];
      for (const message of body.messages.slice(2)) {
        if (message.role === 'tool') {
          expect(pending).toContain(message.tool_call_id);
          pending = pending.filter((id) => id !== message.tool_call_id);
          expect(() => JSON.parse(String(message.content))).not.toThrow();
          continue;
        }
        expect(pending).toEqual([]);
        expect(message.role).toBe('assistant');
        for (const call of message.tool_calls ?? []) {
          expect(call.type).toBe('function');
          expect(JSON.parse(call.function.arguments)).toBeTypeOf('object');
        }
        pending = (message.tool_calls ?? []).map((c) => c.id);
      }
      expect(pending).toEqual([]);
    }
  });

  it('sends no parallel_tool_calls, temperature or streaming unless configured', () => {
    for (const body of bodies) {
      expect(body.model).toBe('offline-policy');
      expect(body.stream).toBe(false);
      expect(body).not.toHaveProperty('parallel_tool_calls');
      expect(body).not.toHaveProperty('temperature');
    }
    // Yet parallel calls happen: the flights agent searches every hop in one turn.
    expect(bodies.some((b) => b.messages.some((m) => (m.tool_calls?.length ?? 0) > 1))).toBe(true);
    const first = server.received[0];
    expect(first?.headers['user-agent']).toMatch(/langchainjs-openai/);
    expect(first?.headers).not.toHaveProperty('authorization');
  });
});

describe('the local OpenAI-compatible server, protocol', () => {
  let server: RunningOpenAiServer;
  beforeAll(async () => {
    server = await startServer({ models: ['offline-policy', 'gpt-4o-mini'] });
  });
  afterAll(() => server.close());

  const post = (body: unknown) =>
    fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const lookup = tool(async () => '{}', {
    name: 'lookup_place',
    description: 'Looks up a place.',
    schema: z.object({ name: z.string() }),
  });
  const submit = tool(async () => 'received', {
    name: 'submit_trip_spec',
    description: 'Submits.',
    schema: z.object({ origin: z.string().nullable() }),
  });
  const task = [
    new SystemMessage('You are the intake specialist.'),
    new HumanMessage(
      `Plan this.\n\nTASK (JSON):\n${JSON.stringify({ text: 'Seattle to Boston', today: '2026-11-24' })}`,
    ),
  ];

  it('lists the configured models', async () => {
    const response = await fetch(`${server.url}/models`);
    const list = (await response.json()) as { data: { id: string }[] };
    expect(list.data.map((m) => m.id)).toEqual(['offline-policy', 'gpt-4o-mini']);
  });

  it('answers malformed requests with 400 and an OpenAI error body', async () => {
    const missing = await post({ model: 'offline-policy' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: { type: 'invalid_request_error', code: 'invalid_request', param: 'messages' },
    });
    const notJson = await post('{"model":');
    expect(notJson.status).toBe(400);
    expect(server.received.at(-1)?.body).toBe('{"model":');
    const orphan = await post({
      model: 'offline-policy',
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'tool', tool_call_id: 'x', content: '{}' },
      ],
    });
    expect(orphan.status).toBe(400);
    expect(((await orphan.json()) as { error: { message: string } }).error.message).toMatch(/tool_calls/);
    expect(server.received.at(-1)?.body).toMatchObject({ model: 'offline-policy' });
  });

  it('answers an unknown model with 404 model_not_found, which ChatOpenAI does not retry', async () => {
    const model = openAiModel(server, { model: 'gpt-9', maxRetries: 3 }).bindTools([lookup, submit]);
    const before = server.stats().completions;
    await expect(model.invoke(task)).rejects.toMatchObject({ status: 404, lc_error_code: 'MODEL_NOT_FOUND' });
    expect(server.stats().completions).toBe(before + 1);
  });

  it('reports usage that ChatOpenAI turns into usage_metadata', async () => {
    const ai = await openAiModel(server).bindTools([lookup, submit]).invoke(task);
    expect(ai.tool_calls?.map((c) => c.name)).toEqual(['lookup_place', 'lookup_place']);
    expect(ai.response_metadata).toMatchObject({ finish_reason: 'tool_calls', model_name: 'offline-policy' });
    const { input_tokens, output_tokens, total_tokens } = ai.usage_metadata ?? {};
    expect(input_tokens).toBeGreaterThan(50);
    expect(output_tokens).toBeGreaterThan(5);
    expect(total_tokens).toBe((input_tokens ?? 0) + (output_tokens ?? 0));
  });

  it('streams the same answer as server-sent events when asked to', async () => {
    // stream(), not invoke(): a streaming invoke() makes ChatOpenAI estimate tokens with tiktoken,
    // which downloads its encoding from tiktoken.pages.dev (hangs offline).
    const streaming = openAiModel(server, { streamUsage: true }).bindTools([lookup, submit]);
    let ai: AIMessageChunk | undefined;
    for await (const chunk of await streaming.stream(task)) ai = ai ? ai.concat(chunk) : chunk;
    expect(ai?.tool_calls?.map((c) => c.args)).toEqual([{ name: 'Seattle' }, { name: 'Boston' }]);
    expect(server.received.at(-1)?.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(ai?.usage_metadata?.total_tokens).toBeGreaterThan(0);
  });

  it('closes promptly while a timeout fault holds a socket open', async () => {
    let arrived: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const hanging = await startServer({
      faults: { kinds: ['timeout'], faultOn: [0] },
      onRequest: () => arrived(),
    });
    const request = fetch(`${hanging.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'offline-policy',
        messages: task.map(() => ({ role: 'user', content: 'x' })),
      }),
    });
    await held;
    const started = performance.now();
    await hanging.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(request).rejects.toThrow();
    expect(hanging.stats().faults.timeout).toBe(1);
  });
});
