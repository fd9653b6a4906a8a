import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRemotely } from '../../../src/cli/remote-planner.js';
import { loadConfig } from '../../../src/config.js';
import type { PlanWorker } from '../../../src/jobs/plan.worker.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { testRedis, testRedisUrl } from '../../support/redis.js';
import { type ApiHarness, startApi } from './support/api-harness.js';

/** The CLI's --server client against the API and a worker: a question with ideas, answered by one. */
let api: ApiHarness;
let context: ServiceContext;
let worker: PlanWorker;
let blocking: Redis;
let apiKey: string;

beforeAll(async () => {
  api = await startApi();
  ({ key: apiKey } = await api.keyFor('acme'));
  const config = loadConfig({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: api.prefix, LOG_LEVEL: 'silent' });
  context = createServiceContext(config, 'worker', 'test');
  worker = await startWorker(context);
  blocking = testRedis();
});

afterAll(async () => {
  await worker.close();
  await context.close();
  blocking.disconnect();
  await api.close();
});

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
