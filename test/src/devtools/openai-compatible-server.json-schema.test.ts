import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  OpenAiCompatibleServerOptions,
  RunningOpenAiServer,
} from '../../../src/devtools/openai-compatible-server.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import {
  openAiModel,
  plannerModel,
  planSeattle,
  type SentBody,
  sentBodies,
  startServer,
} from './openai-server.fixture.js';

/** What a plan is, without the path that led to it. */
function essence(plan: Plan) {
  return { route: plan.route, legs: plan.legs, stays: plan.stays, days: plan.days, cost: plan.cost };
}

let server: RunningOpenAiServer | undefined;
async function serve(options: Omit<OpenAiCompatibleServerOptions, 'gazetteer'> = {}) {
  server = await startServer(options);
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The plan and requests of a tool_call run (a plain ChatOpenAI): the baseline of every test. */
let clean: Plan;
let toolCallBodies: SentBody[];
beforeAll(async () => {
  const s = await startServer();
  clean = await planSeattle(openAiModel(s));
  toolCallBodies = sentBodies(s);
  await s.close();
});

describe('json_schema answers through ChatOpenAI and the local server', () => {
  let s: RunningOpenAiServer;
  let plan: Plan;
  let bodies: SentBody[];
  beforeAll(async () => {
    s = await startServer();
    plan = await planSeattle(plannerModel(s));
    bodies = sentBodies(s);
  });
  afterAll(() => s.close());

  it('plans the same trip as tool_call mode, in as many requests', () => {
    expect(plan.validation.passed).toBe(true);
    expect(essence(plan)).toEqual(essence(clean));
    expect(bodies).toHaveLength(toolCallBodies.length);
    expect(s.stats().jsonSchemaRequests).toBe(bodies.length);
  });

  it('sends every request with a response format carrying the schema the submit tool carried', () => {
    const submitParameters = new Map(
      toolCallBodies.flatMap((b) => b.tools).map((t) => [t.function.name, t.function.parameters]),
    );
    const names = new Set<string>();
    for (const body of bodies) {
      const format = body.response_format;
      expect(format?.type).toBe('json_schema');
      const name = format?.json_schema.name ?? '';
      names.add(name);
      const { $schema: _, ...expected } = submitParameters.get(name) ?? {};
      expect(expected).toHaveProperty('required');
      expect(format?.json_schema.schema).toEqual(expected);
      // The agents' schemas have defaults and length limits, outside OpenAI's strict subset.
      expect(format?.json_schema.strict).toBe(false);
      expect(body.messages[0]?.content).toMatch(new RegExp(`there is no ${name} tool`));
    }
    expect(names).toEqual(
      new Set(['submit_trip_spec', 'submit_transport_options', 'submit_stay_options', 'submit_itinerary']),
    );
  });

  it('binds only the research tools, not strict, and never sees a submit call', () => {
    for (const body of bodies) {
      expect(body.tools.length).toBeGreaterThan(0);
      for (const t of body.tools) {
        expect(t.function.name).not.toMatch(/^submit_/);
        expect(t.function.strict).toBe(false);
      }
      const called = body.messages.flatMap((m) => m.tool_calls ?? []).map((c) => c.function.name);
      expect(called.filter((n) => n.startsWith('submit_'))).toEqual([]);
    }
  });

  it('answers a response format with the JSON as content and finish_reason stop', async () => {
    // Intake's second request carries its lookups; the answer to it is the trip specification.
    const answering = bodies.find(
      (b) => b.response_format?.json_schema.name === 'submit_trip_spec' && b.messages.length > 2,
    );
    expect(answering).toBeDefined();
    const response = await fetch(`${s.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(answering),
    });
    const completion = (await response.json()) as {
      choices: { message: { content: string; tool_calls?: unknown }; finish_reason: string }[];
    };
    const [choice] = completion.choices;
    expect(choice?.finish_reason).toBe('stop');
    expect(choice?.message.tool_calls).toBeUndefined();
    expect(JSON.parse(choice?.message.content ?? '')).toMatchObject({
      origin: 'Seattle',
      destination: { kind: 'region', region: 'California', cityCount: 2 },
    });
  });
});

describe('a server that refuses json_schema', () => {
  it('auto: the first request is refused, the run goes on with tool calls, later runs never ask again', async () => {
    const s = await serve({ rejectJsonSchema: true });
    const model = plannerModel(s);
    const first = await planSeattle(model);

    expect(essence(first)).toEqual(essence(clean));
    const firstRun = s.received.filter((r) => r.path === '/v1/chat/completions');
    const asked = firstRun.filter((r) => (r.body as SentBody).response_format !== undefined);
    expect(asked.map((r) => r.seq)).toEqual([0]);
    expect(s.stats().jsonSchemaRejections).toBe(1);
    // One refused request on top of the tool_call run's.
    expect(firstRun).toHaveLength(toolCallBodies.length + 1);
    expect(sentBodies(s)[1]?.tools.at(-1)?.function.name).toBe('submit_trip_spec');
    expect(model.structuredOutput.jsonSchemaRejected).toBe(true);

    const second = await planSeattle(model);
    expect(essence(second)).toEqual(essence(clean));
    const all = sentBodies(s);
    expect(all).toHaveLength(2 * toolCallBodies.length + 1);
    expect(all.slice(firstRun.length).filter((b) => b.response_format !== undefined)).toEqual([]);
    expect(s.stats().jsonSchemaRejections).toBe(1);
  });

  it('json_schema: no fallback; the trip fails with the server error', async () => {
    const s = await serve({ rejectJsonSchema: true });
    await expect(planSeattle(plannerModel(s, { structuredOutput: 'json_schema' }))).rejects.toThrow(
      /json_schema is not supported/,
    );
    expect(s.stats().completions).toBe(1);
  });

  it('tool_call: never asks', async () => {
    const s = await serve({ rejectJsonSchema: true });
    await planSeattle(plannerModel(s, { structuredOutput: 'tool_call' }));
    expect(s.stats().jsonSchemaRequests).toBe(0);
    expect(s.stats().completions).toBe(toolCallBodies.length);
  });
});

describe('faults in json_schema mode', () => {
  it.each([
    // Request 1 is intake's answer turn (request 0 looks the places up).
    {
      kind: 'malformed-json',
      content: /^\{"fault_id":"call_fault_1_"$/,
      error: /^Error: the answer is not valid JSON/,
    },
    {
      kind: 'schema-violation',
      content: /^\{"fault_id":"call_fault_1_"\}$/,
      error: /^Error: the answer does not match the schema: .*origin/s,
    },
  ] as const)(
    '$kind answer: handed back as an error and corrected on the next turn',
    async ({ kind, content, error }) => {
      const s = await serve({ faults: { kinds: [kind], faultOn: [1] } });
      const plan = await planSeattle(plannerModel(s));
      expect(essence(plan)).toEqual(essence(clean));
      expect(s.received[1]?.fault).toBe(kind);
      expect(s.stats().faults[kind]).toBe(1);

      // The next request carries the wrong answer and the agent loop's correction.
      const next = sentBodies(s)[2] as SentBody;
      const [answer, correction] = next.messages.slice(-2);
      expect(answer).toMatchObject({ role: 'assistant', content: expect.stringMatching(content) });
      expect(answer?.tool_calls).toBeUndefined();
      expect(correction).toMatchObject({ role: 'user', content: expect.stringMatching(error) });
      expect(sentBodies(s)).toHaveLength(toolCallBodies.length + 1);
    },
  );

  it('malformed-json in tool_call mode is malformed arguments', async () => {
    const s = await serve({ faults: { kinds: ['malformed-json'], faultOn: [0] } });
    await planSeattle(openAiModel(s));
    expect(s.received[0]?.fault).toBe('malformed-arguments');
  });

  it('random content faults at a high rate never stop a plan, each costing one turn', async () => {
    const kinds = ['unknown-tool', 'malformed-arguments', 'schema-violation', 'malformed-json'] as const;
    const s = await serve({ faults: { kinds: [...kinds], rate: 0.6, seed: 3 } });
    const plan = await planSeattle(plannerModel(s));
    expect(essence(plan)).toEqual(essence(clean));
    const stats = s.stats();
    const injected = kinds.reduce((sum, k) => sum + stats.faults[k], 0);
    expect(injected).toBeGreaterThanOrEqual(3);
    expect(stats.faults['malformed-json'] + stats.faults['schema-violation']).toBeGreaterThan(0);
    expect(stats.completions).toBe(toolCallBodies.length + injected);
  });
});

describe('response_format on the wire', () => {
  let s: RunningOpenAiServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  const post = (body: unknown) =>
    fetch(`${s.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const messages = [{ role: 'user', content: 'hi' }];

  it('refuses json_object (the policies need a schema name) and malformed formats with 400', async () => {
    const jsonObject = await post({
      model: 'offline-policy',
      messages,
      response_format: { type: 'json_object' },
    });
    expect(jsonObject.status).toBe(400);
    expect(await jsonObject.json()).toMatchObject({ error: { message: /json_object is not supported/ } });
    const badName = await post({
      model: 'offline-policy',
      messages,
      response_format: { type: 'json_schema', json_schema: { name: 'no spaces allowed' } },
    });
    expect(badName.status).toBe(400);
    expect(await badName.json()).toMatchObject({ error: { param: 'response_format.json_schema.name' } });
  });

  it('answers a refused json_schema in the shape servers without it use', async () => {
    const refusing = await startServer({ rejectJsonSchema: true });
    try {
      const response = await fetch(`${refusing.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'offline-policy',
          messages,
          response_format: { type: 'json_schema', json_schema: { name: 'submit_trip_spec', schema: {} } },
        }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: {
          message: 'response_format json_schema is not supported',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      });
    } finally {
      await refusing.close();
    }
  });
});
