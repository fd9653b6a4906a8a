import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { resumeTrip, startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });

describe('a request that says what it wants but not where', () => {
  it('asks where with places that fit, and plans the one the answer picks', async () => {
    const run = { graph, threadId: randomUUID() };
    const text = 'somewhere warm with beaches for a week from February 6 2027, from Chicago, 2 of us, $3,000';
    const asked = await startTrip(run, { text }, '2026-12-07');
    if (asked.status !== 'needs_input') throw new Error(JSON.stringify(asked));
    const { question } = asked;
    expect(question.missing).toEqual(['destination']);
    const ideas = question.ideas ?? [];
    expect(ideas.length).toBeGreaterThanOrEqual(2);
    for (const idea of ideas) {
      expect(question.question).toContain(idea.city);
      expect(idea.why).toMatch(/^about \d+\u00b0C in early February, \d+ beaches, .+ from Chicago$/);
    }
    const pick = ideas[1]!.city;
    const planned = await resumeTrip(run, { text: pick });
    if (planned.status !== 'completed') throw new Error(JSON.stringify(planned));
    expect(planned.plan.spec.destination).toEqual({ kind: 'city', city: pick });
    expect(planned.plan.spec.startDate).toBe('2027-02-06');
  });

  it('still asks, without ideas, when the world fails while they are gathered', async () => {
    const failing = buildTripGraph({
      world: { ...world, searchSights: () => Promise.reject(new Error('sights source is down')) },
      models: offlineModels(world),
      checkpointer: new MemorySaver(),
    });
    const asked = await startTrip(
      { graph: failing, threadId: randomUUID() },
      { text: 'a city with great museums for 3 days from March 12 2027, from Boston, 2 of us' },
      '2026-12-07',
    );
    if (asked.status !== 'needs_input') throw new Error(JSON.stringify(asked));
    expect(asked.question.missing).toEqual(['destination']);
    expect(asked.question.ideas).toBeUndefined();
  });

  it('asks plainly when the request gives nothing to suggest by', async () => {
    const asked = await startTrip(
      { graph, threadId: randomUUID() },
      { text: 'a week away from Chicago from February 6 2027, 2 of us' },
      '2026-12-07',
    );
    if (asked.status !== 'needs_input') throw new Error(JSON.stringify(asked));
    expect(asked.question.ideas).toBeUndefined();
    expect(asked.question.question).not.toContain('Some that fit');
  });

  it('looks the ideas up once per question: answering it does not gather them again', async () => {
    let weatherLookups = 0;
    const counting = buildTripGraph({
      world: {
        ...world,
        weather: (query) => {
          weatherLookups += 1;
          return world.weather(query);
        },
      },
      models: offlineModels(world),
      checkpointer: new MemorySaver(),
    });
    const run = { graph: counting, threadId: randomUUID() };
    const text = 'somewhere warm with beaches for a week from February 6 2027, from Chicago, 2 of us, $3,000';

    const asked = await startTrip(run, { text }, '2026-12-07');
    if (asked.status !== 'needs_input') throw new Error(JSON.stringify(asked));
    const perQuestion = weatherLookups;
    expect(perQuestion).toBeGreaterThan(0);

    // An answer that still names no place: the question comes again, its ideas gathered once.
    weatherLookups = 0;
    const again = await resumeTrip(run, { text: 'we are flexible' });
    if (again.status !== 'needs_input') throw new Error(JSON.stringify(again));
    expect(again.question.ideas?.map((i) => i.city)).toEqual(asked.question.ideas?.map((i) => i.city));
    expect(weatherLookups).toBe(perQuestion);
  });
});
