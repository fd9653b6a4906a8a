import { SseReader } from '../../src/api/support/sse-reader.js';
import type { ChaosService } from '../support/chaos-service.js';
import { followToEnd, submit } from '../support/trip-client.js';
import type { Scenario } from './scenario.js';

/** Streams per tenant: under any sane per-tenant cap, so the figure measures connections only. */
const STREAMS_PER_TENANT = 10;

async function connectedClients(service: ChaosService): Promise<number> {
  const info = await service.redis.info('clients');
  return Number(/connected_clients:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

/** A trip that waits for an answer: its stream stays open (it has no final event yet). */
async function waitingTrip(service: ChaosService, tenant: string) {
  const auth = await service.keyFor(tenant);
  const { id } = await submit(service.url, auth, { text: 'a trip somewhere nice' });
  if (!id) throw new Error('the waiting trip was not accepted');
  await followToEnd(service.url, auth, id, { stopAtNeedsInput: true });
  return { auth, id };
}

/** Many open event streams must not each hold a Redis connection. */
export const streamsScenario: Scenario = {
  name: 'open event streams',
  async run(service, scale) {
    const tenants = Math.ceil(scale.streams / STREAMS_PER_TENANT);
    const trips = [];
    for (let t = 0; t < tenants; t++) trips.push(await waitingTrip(service, `streams-${t}`));
    const before = await connectedClients(service);
    const readers: SseReader[] = [];
    try {
      for (let s = 0; s < scale.streams; s++) {
        const trip = trips[Math.floor(s / STREAMS_PER_TENANT)];
        if (!trip) break;
        const reader = await SseReader.open(`${service.url}/v1/trips/${trip.id}/events`, trip.auth);
        readers.push(reader);
        // The replayed history arrives only once the server has set the stream up.
        await reader.nextEvent();
      }
      const opened = readers.filter((r) => r.response.status === 200).length;
      const growth = (await connectedClients(service)) - before;
      return [
        { name: `streams not opened (of ${scale.streams})`, value: scale.streams - opened, max: 0 },
        { name: `Redis clients added by ${opened} open streams`, value: growth, max: 5 },
      ];
    } finally {
      for (const reader of readers) reader.cancel();
    }
  },
};
