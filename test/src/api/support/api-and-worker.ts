import { loadConfig } from '../../../../src/config.js';
import { createServiceContext } from '../../../../src/runtime/service-context.js';
import { startWorker } from '../../../../src/runtime/start-worker.js';
import { testRedisUrl } from '../../../support/redis.js';
import { type ApiHarness, startApi } from './api-harness.js';

/** The API and a worker on one Redis prefix: what a client sees of a trip, from submit to its end. */
export async function startApiAndWorker(): Promise<{ api: ApiHarness; close(): Promise<void> }> {
  const api = await startApi();
  const config = loadConfig({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: api.prefix, LOG_LEVEL: 'silent' });
  const context = createServiceContext(config, 'worker', 'test');
  const worker = await startWorker(context);
  return {
    api,
    async close() {
      await worker.close();
      await context.close();
      await api.close();
    },
  };
}
