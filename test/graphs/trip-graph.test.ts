import { randomUUID } from 'node:crypto';
import type { AIMessage, ToolMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { SUBMIT_ITINERARY } from '../../agents/itinerary/itinerary.agent.js';
import type { ItineraryTask } from '../../agents/itinerary/itinerary.schema.js';
import { itineraryPolicy } from '../../agents/itinerary/offline-policy.js';
import { OFFLINE_MODEL_NAME, OfflineChatModel } from '../../agents/offline/offline-chat-model.js';
import { readTask } from '../../agents/task-message.js';
import type { AgentTranscript } from '../../graphs/graph-deps.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import { resumeTrip, startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const TODAY = '2026-11-24';

function newRun(graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() })) {
  return { graph, threadId: randomUUID() };
}

async function finalState(run: ReturnType<typeof newRun>): Promise<TripStateValue> {
  return (await run.graph.getState({ configurable: { thread_id: run.threadId } })).values as TripStateValue;
}

const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

describe('trip graph with the offline model and the sandbox world', () => {
  it('plans the issue example: valid, within budget, no flights, dog-friendly', async () => {
    const run = newRun();
    const outcome = await startTrip(run, { text: SEATTLE }, TODAY);
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    const { plan } = outcome;

    expect(plan.validation.passed).toBe(true);
    expect(
      plan.validation.checks
        .filter((c) => c.kind === 'hard')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['budget', 'house-rule', 'transportation']);
    expect(plan.cost.total).toBeLessThanOrEqual(4000);
    expect(plan.legs.some((l) => l.mode === 'flight')).toBe(false);
    expect(plan.stays.every((b) => !b.stay.forbids.includes('pets'))).toBe(true);
    expect(plan.route.cities).toHaveLength(2);
    expect(plan.days).toHaveLength(5);
    expect(plan.spec.startDate).toBe('2027-03-03');
    expect(new Set(Object.values(plan.models))).toEqual(new Set([OFFLINE_MODEL_NAME]));
  });

  it('runs real function calling: every agent history pairs AI tool calls with tool results', async () => {
    const transcripts: AgentTranscript[] = [];
    const graph = buildTripGraph({
      world,
      models,
      checkpointer: new MemorySaver(),
      onTranscript: (t) => transcripts.push(t),
    });
    const run = newRun(graph);
    await startTrip(run, { text: SEATTLE }, TODAY);
    const state = await finalState(run);
    expect(Object.keys(state.agentRuns).sort()).toEqual(['flights', 'hotels', 'intake', 'itinerary']);
    expect(transcripts.map((t) => t.agent).sort()).toEqual(['flights', 'hotels', 'intake', 'itinerary']);
    for (const { agent, messages, threadId } of transcripts) {
      expect(threadId).toBe(run.threadId);
      const calls = messages
        .filter((m) => m.getType() === 'ai')
        .flatMap((m) => (m as AIMessage).tool_calls ?? []);
      const results = messages.filter((m) => m.getType() === 'tool') as ToolMessage[];
      expect(calls.length, agent).toBeGreaterThan(1);
      expect(results.map((r) => r.tool_call_id).sort(), agent).toEqual(calls.map((c) => c.id).sort());
      expect(calls.at(-1)?.name, agent).toMatch(/^submit_/);
    }
    const flights = transcripts.find((t) => t.agent === 'flights');
    const firstTurn = flights?.messages[2] as AIMessage;
    // Flights are excluded: the first turn asks the roads and the trains, never the flights.
    const asked = new Set(firstTurn.tool_calls?.map((c) => c.name));
    expect([...asked].sort()).toEqual(['ground_transport', 'search_trains']);
    // The checkpointed state keeps run summaries only, not conversations.
    expect(JSON.stringify(state.agentRuns)).not.toContain('tool_call_id');
  });

  it('asks for a missing origin with interrupt() and resumes with the answer', async () => {
    const run = newRun();
    const first = await startTrip(
      run,
      { text: '5 days in 2 cities in California, March 3-7 2027, 2 people, $4,000' },
      TODAY,
    );
    if (first.status !== 'needs_input') throw new Error(JSON.stringify(first));
    expect(first.question.missing).toEqual(['origin']);
    expect(first.question.question).toMatch(/where you are starting from/);

    const done = await resumeTrip(run, { text: 'We start from Seattle' });
    if (done.status !== 'completed') throw new Error(JSON.stringify(done));
    expect(done.plan.spec.origin).toBe('Seattle');
    expect(done.plan.validation.passed).toBe(true);
    // What the answer settled is no longer reported as missing with the plan.
    expect(first.question.warnings).toContain('No starting city was found.');
    expect(done.plan.spec.warnings).not.toContain('No starting city was found.');
  });

  it('reports an impossible budget as infeasible, with the cheapest total, instead of a plan that breaks it', async () => {
    const outcome = await startTrip(newRun(), { text: SEATTLE.replace('$4,000', '$300') }, TODAY);
    if (outcome.status !== 'failed') throw new Error(JSON.stringify(outcome));
    expect(outcome.failure.code).toBe('infeasible');
    expect(outcome.failure.reasons.join(' ')).toMatch(/budget/i);
    expect(outcome.plan).toBeNull();
  });

  it('hands validator failures back to the itinerary agent as a critique and accepts the fix', async () => {
    const critiques: string[][] = [];
    // An itinerary model that first repeats one restaurant everywhere, then plays fair once criticised.
    const sloppy = new OfflineChatModel(
      new Map([
        [
          SUBMIT_ITINERARY,
          (messages) => {
            const task = readTask<ItineraryTask>(messages);
            const decision = itineraryPolicy(messages);
            const submit = decision.toolCalls.find((c) => c.name === SUBMIT_ITINERARY);
            if (!submit) return decision;
            critiques.push(task.critique);
            if (task.critique.length > 0) return decision;
            const days = submit.args.days as { lunch: string | null; dinner: string | null }[];
            const repeated = days.map((d) => ({ ...d, dinner: days[1]?.lunch ?? d.dinner }));
            return { toolCalls: [{ name: SUBMIT_ITINERARY, args: { days: repeated } }] };
          },
        ],
      ]),
    );
    const graph = buildTripGraph({
      world,
      models: { ...models, itinerary: { model: sloppy, name: 'sloppy' } },
      checkpointer: new MemorySaver(),
    });
    const run = newRun(graph);
    const outcome = await startTrip(run, { text: SEATTLE }, TODAY);
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    expect(critiques).toHaveLength(2);
    expect(critiques[0]).toEqual([]);
    expect(critiques[1]?.join(' ')).toMatch(/restaurant/i);
    const state = await finalState(run);
    expect(state.revisions).toBe(1);
    expect(state.agentRuns.itinerary).toHaveLength(2);
    expect(outcome.plan.validation.passed).toBe(true);
  });
});
