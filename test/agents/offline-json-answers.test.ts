import { randomUUID } from 'node:crypto';
import type { AIMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_NAME } from '../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import type { StructuredOutputSetting } from '../../agents/structured-output.js';
import type { AgentTranscript } from '../../graphs/graph-deps.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

/** Plans the Seattle example in-process with every agent on the offline model in `setting`. */
async function plan(setting: StructuredOutputSetting) {
  const offline = createOfflineModel({
    gazetteer: { cities: world.listCities(), regions: world.listRegions() },
    structuredOutput: setting,
  });
  const model = { model: offline, name: OFFLINE_MODEL_NAME };
  const transcripts: AgentTranscript[] = [];
  const graph = buildTripGraph({
    world,
    models: { intake: model, flights: model, hotels: model, itinerary: model },
    checkpointer: new MemorySaver(),
    onTranscript: (t) => transcripts.push(t),
  });
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { text: SEATTLE }, '2026-11-24');
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return { plan: outcome.plan, transcripts };
}

describe('the offline model answering every agent in json_schema mode', () => {
  it('plans the same trip as in tool_call mode, each agent ending on a JSON reply', async () => {
    const json = await plan('json_schema');
    const tools = await plan('tool_call');

    expect(json.plan.validation.passed).toBe(true);
    const { route, legs, stays, days, cost } = tools.plan;
    expect(json.plan).toMatchObject({ route, legs, stays, days, cost });
    expect(json.transcripts.map((t) => t.agent).sort()).toEqual(tools.transcripts.map((t) => t.agent).sort());
    for (const { agent, messages } of json.transcripts) {
      const last = messages.at(-1) as AIMessage;
      expect(last.getType(), agent).toBe('ai');
      expect(last.tool_calls, agent).toEqual([]);
      expect(JSON.parse(String(last.content)), agent).toBeTypeOf('object');
      const calls = messages.flatMap((m) => (m as AIMessage).tool_calls ?? []).map((c) => c.name);
      expect(
        calls.filter((name) => name.startsWith('submit_')),
        agent,
      ).toEqual([]);
      expect(String(messages[0]?.content), agent).toMatch(/Answer format: there is no submit_\w+ tool/);
    }
    // The same rounds either way: the JSON reply replaces the submit call.
    const rounds = (ts: AgentTranscript[]) =>
      ts.map((t) => t.messages.filter((m) => m.getType() === 'ai').length);
    expect(rounds(json.transcripts).sort()).toEqual(rounds(tools.transcripts).sort());
  });
});
