import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });

async function modes(text: string): Promise<string[]> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { text }, '2026-12-07');
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan.legs.map((l) => l.mode);
}

describe('a dearer way of travelling that saves no time', () => {
  it('is not bought: a family drives Houston to San Antonio rather than fly for the same four hours', async () => {
    expect(await modes('4 people from Houston to San Antonio, 3 days, Oct 8-10 2027, $4000')).toEqual([
      'self-driving',
      'self-driving',
    ]);
    expect(await modes('8 guys from Los Angeles to Las Vegas, Feb 19-21 2027, $600 per person')).toEqual([
      'self-driving',
      'self-driving',
    ]);
  });

  it('still is where it saves hours, or where the party said how it travels', async () => {
    expect(
      await modes('weekend in Chicago from Minneapolis, Feb 12-14 2027, 2 people, budget $1,500'),
    ).toEqual(['flight', 'flight']);
    expect(await modes('Seattle to Vancouver for a long weekend by train, Jan 15-18 2027, 2 adults')).toEqual(
      ['rail', 'rail'],
    );
  });
});
