import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseFault, type FaultKind, FaultOptions } from '../../../src/devtools/fault-plan.js';
import type {
  OpenAiCompatibleServerOptions,
  RunningOpenAiServer,
} from '../../../src/devtools/openai-compatible-server.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import { openAiModel, planSeattle, type SentBody, sentBodies, startServer } from './openai-server.fixture.js';

let server: RunningOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: OpenAiCompatibleServerOptions['faults']): Promise<RunningOpenAiServer> {
  server = await startServer({ faults: options });
  return server;
}

/** What a plan is, without the path that led to it (rounds and tool errors differ under faults). */
function essence(plan: Plan) {
  return { route: plan.route, legs: plan.legs, stays: plan.stays, days: plan.days, cost: plan.cost };
}

describe('fault injection: every kind is recovered from', () => {
  let clean: Plan;
  let cleanTurns: number;
  beforeAll(async () => {
    const s = await startServer();
    clean = await planSeattle(openAiModel(s));
    cleanTurns = s.stats().completions;
    await s.close();
  });

  it.each([
    // Intake's first turn becomes the mistake; its next turn is the search it should have made.
    { kind: 'unknown-tool', at: 0, answer: /^Error: unknown tool "lookup_everything"; available tools: / },
    { kind: 'malformed-arguments', at: 0, answer: /^Error: arguments are not valid JSON/ },
    // Intake's submit turn becomes a submit without its required fields.
    { kind: 'schema-violation', at: 1, answer: /^Error: invalid submit_trip_spec arguments: .*origin/s },
  ] as const)(
    '$kind: answered as a tool error and corrected on the next turn',
    async ({ kind, at, answer }) => {
      const s = await serve({ kinds: [kind], faultOn: [at] });
      const plan = await planSeattle(openAiModel(s));
      expect(essence(plan)).toEqual(essence(clean));
      expect(s.received[at]?.fault).toBe(kind);
      expect(s.stats().faults[kind]).toBe(1);

      // The next request carries the faulty turn and the agent loop's correction request.
      const next = sentBodies(s)[at + 1] as SentBody;
      const faulty = next.messages.findLast((m) => m.role === 'assistant');
      const call = faulty?.tool_calls?.[0];
      expect(call?.id).toMatch(/^call_fault_/);
      const reply = next.messages.find((m) => m.role === 'tool' && m.tool_call_id === call?.id);
      expect(reply?.content).toMatch(answer);
      // The loop keeps the unparseable call with empty arguments, so its error reply pairs with it.
      if (kind === 'malformed-arguments') expect(call?.function.arguments).toBe('{}');
    },
  );

  it('429: ChatOpenAI waits at least Retry-After before sending the same request again', async () => {
    const s = await serve({ kinds: ['429'], faultOn: [0], retryAfterSeconds: 3 });
    await planSeattle(openAiModel(s, { maxRetries: 1 }));
    const [limited, retry] = s.received;
    expect(limited?.fault).toBe('429');
    expect(retry?.body).toEqual(limited?.body);
    // LangChain's own backoff is 1-2 s for the first retry, so ≥ 3 s can only be the header.
    expect((retry?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(3000);
    expect(s.stats().faults['429']).toBe(1);
    // The retry is LangChain's (p-retry around a client built with maxRetries 0), not the SDK's.
    expect(retry?.headers['x-stainless-retry-count']).toBe('0');
  });

  it('500: retried by ChatOpenAI', async () => {
    const s = await serve({ kinds: ['500'], faultOn: [0] });
    await planSeattle(openAiModel(s, { maxRetries: 1 }));
    expect(s.received[0]?.fault).toBe('500');
    expect(s.received[1]?.body).toEqual(s.received[0]?.body);
  });

  it('500 without retries: the agent fails with the server error', async () => {
    const s = await serve({ kinds: ['500'], faultOn: [0] });
    await expect(planSeattle(openAiModel(s))).rejects.toThrow(/server had an error/);
  });

  it('timeout: ChatOpenAI gives up after its timeout and retries', async () => {
    const s = await serve({ kinds: ['timeout'], faultOn: [0] });
    await planSeattle(openAiModel(s, { maxRetries: 1, timeout: 300 }));
    const [held, retry] = s.received;
    expect(held?.fault).toBe('timeout');
    expect(retry?.body).toEqual(held?.body);
    expect((retry?.at ?? 0) - (held?.at ?? 0)).toBeGreaterThanOrEqual(300);
  });

  it('random content faults at a high rate never stop a plan: a faulty turn is never repeated', async () => {
    const kinds: FaultKind[] = ['unknown-tool', 'malformed-arguments', 'schema-violation'];
    // Seed 1 faults requests 0-3, all intake's (the only agent running then): 0 and 2 are
    // injected, 1 and 3 spared because they follow a fault. Later ones race flights ∥ hotels.
    const s = await serve({ kinds, rate: 0.6, seed: 1 });
    const plan = await planSeattle(openAiModel(s));
    expect(essence(plan)).toEqual(essence(clean));
    const stats = s.stats();
    const injected = kinds.reduce((sum, k) => sum + stats.faults[k], 0);
    expect(injected).toBeGreaterThanOrEqual(2);
    expect(stats.sparedRepeatFaults).toBeGreaterThanOrEqual(2);
    // Each mistake costs exactly one extra turn: the clean path is otherwise unchanged.
    expect(stats.completions).toBe(cleanTurns + injected);
  });
});

describe('fault plan', () => {
  it('is a pure function of seed and request index', () => {
    const plan = FaultOptions.parse({ rate: 0.3, kinds: ['429', '500', 'timeout'], seed: 42 });
    const first = Array.from({ length: 1000 }, (_, i) => chooseFault(plan, i));
    expect(Array.from({ length: 1000 }, (_, i) => chooseFault(plan, i))).toEqual(first);
    const faulty = first.filter((k) => k !== undefined);
    expect(faulty.length).toBeGreaterThan(250);
    expect(faulty.length).toBeLessThan(350);
    expect(new Set(faulty)).toEqual(new Set(['429', '500', 'timeout']));
    const other = FaultOptions.parse({ rate: 0.3, kinds: ['429', '500', 'timeout'], seed: 43 });
    expect(Array.from({ length: 1000 }, (_, i) => chooseFault(other, i))).not.toEqual(first);
  });

  it('faults the listed requests, cycling through the kinds', () => {
    const plan = FaultOptions.parse({ kinds: ['429', '500'], faultOn: [0, 2, 5] });
    expect([0, 1, 2, 3, 4, 5].map((i) => chooseFault(plan, i))).toEqual([
      '429',
      undefined,
      '500',
      undefined,
      undefined,
      '429',
    ]);
  });
});
