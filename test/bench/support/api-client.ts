import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../src/runtime/service-context.js';
import { ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { waitForStatus } from '../../support/trips.js';

/**
 * A client of a bench's running API: `plan` posts one trip as a tenant does (a key of tenant
 * 'bench') and resolves with its id once the trip is completed, as `observer` sees it; a trip
 * that fails throws. Shared by the service benches so they submit and wait the same way.
 */
export async function benchApiClient(
  app: FastifyInstance,
  api: ServiceContext,
  observer: ServiceContext,
): Promise<{ plan(text: string): Promise<string> }> {
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { key } = await new ApiKeyStore(api.redis, api.config.REDIS_PREFIX).create('bench');
  return {
    async plan(text) {
      const response = await fetch(`${base}/v1/trips`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      const { id } = (await response.json()) as { id: string };
      const blocking = observer.connect('dedicated', 'wait');
      try {
        const status = await waitForStatus(observer.events, blocking, id, ['completed', 'failed']);
        if (status !== 'completed') throw new Error(`${id} ${status}`);
      } finally {
        blocking.disconnect();
      }
      return id;
    },
  };
}
