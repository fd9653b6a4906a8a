import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createServiceContext } from '../../../src/runtime/service-context.js';
import { startApi } from '../../../src/runtime/start-api.js';
import { ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { startRedisServer } from '../../support/redis-server.js';
import { waitForStatus } from '../../support/trips.js';
import { startWorkerProcess } from '../../support/worker-process.js';

const TRIPS = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '4 days from Boston to New York, April 2-5 2027, 3 people, $3,000',
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, no flights',
  '3 days from Denver to Las Vegas, July 1-3 2027, 4 people, $4,000',
];

describe('Redis restarting under load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redis-aof-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 503 while Redis is away, and every accepted trip still completes', async () => {
    // A private, persistent Redis this test may stop: append-only, like docker-compose's.
    let redis = await startRedisServer({ appendOnly: true, dir });
    const config = loadConfig({
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'restart:',
      API_PORT: '0',
      LOG_LEVEL: 'silent',
    });
    const api = createServiceContext(config, 'api', 'api');
    const observer = createServiceContext(config, 'worker', 'observer');
    const worker = startWorkerProcess({
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'restart:',
      OFFLINE_MODEL_LATENCY_MS: '80',
    });
    let app: FastifyInstance | undefined;
    try {
      await worker.ready;
      app = await startApi(api);
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const key = (await new ApiKeyStore(api.redis, 'restart:').create('tenant-r')).key;
      const post = (text: string) =>
        fetch(`${base}/v1/trips`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        });

      const accepted: string[] = [];
      for (const text of TRIPS) {
        const response = await post(text);
        expect(response.status).toBe(202);
        accepted.push(((await response.json()) as { id: string }).id);
      }

      await redis.stop();
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      const refused = await post(TRIPS[0] ?? '');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).not.toBeNull();

      redis = await startRedisServer({ appendOnly: true, dir, port: redis.port });
      const blocking = observer.connect('dedicated', 'blocking');
      const finals = await Promise.all(
        accepted.map((id) =>
          waitForStatus(observer.events, blocking, id, ['completed', 'failed', 'cancelled']),
        ),
      );
      expect(finals).toEqual(accepted.map(() => 'completed'));
      for (const id of accepted) expect((await observer.store.get(id))?.plan?.validation.passed).toBe(true);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      await app?.close();
      await worker.stop();
      await Promise.all([api.close(), observer.close()]);
      await redis.stop();
    }
  });
});
