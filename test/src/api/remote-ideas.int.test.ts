import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRemotely } from '../../../src/cli/remote-planner.js';
import { startApiAndWorker } from './support/api-and-worker.js';
import type { ApiHarness } from './support/api-harness.js';

/** The CLI's --server client against the API and a worker: a question with ideas, answered by one. */
let api: ApiHarness;
let close: () => Promise<void>;
let apiKey: string;

beforeAll(async () => {
  ({ api, close } = await startApiAndWorker());
  ({ key: apiKey } = await api.keyFor('acme'));
});

afterAll(() => close());

describe('planning through the API from the CLI', () => {
  it('shows each destination idea with why at the prompt, and plans the one answered', async () => {
    const asked: string[] = [];
    const trip = await planRemotely(
      {
        server: api.url,
        apiKey,
        answer: async (question) => {
          asked.push(question);
          return /^ {2}idea: (.+?) \(/m.exec(question)?.[1];
        },
      },
      { text: 'somewhere warm with beaches for a week from February 6 2027, from Chicago, 2 of us, $3,000' },
    );
    expect(asked).toHaveLength(1);
    const [question] = asked;
    expect(question).toMatch(/^Please tell me where you want to go .*Some that fit what you asked for: /);
    expect(question).toMatch(/\n {2}idea: .+ \(.+\): about \d+\u00b0C in early February, \d+ beaches, /);
    const picked = /^ {2}idea: (.+?) \(/m.exec(question ?? '')?.[1];
    expect(trip.status).toBe('completed');
    expect(trip.plan?.spec.destination).toEqual({ kind: 'city', city: picked });
  }, 60_000);
});
