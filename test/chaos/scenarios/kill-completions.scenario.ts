import type { ChaosService } from '../support/chaos-service.js';
import { followToEnd, getTrip, submit } from '../support/trip-client.js';
import { keysWithoutTtl } from '../support/trip-keys.js';
import type { Figure, Scenario } from './scenario.js';
import { completeRequest } from './trip-requests.js';

interface RoundResult {
  trips: number;
  withoutFinalEvent: number;
  withDuplicateFinalEvent: number;
  withoutTtl: number;
  lost: number;
  /** Statuses the lost trips ended in, for the report. */
  endings: string[];
}

/**
 * One round: submit the trips, and as the first quarter of them completes kill -9 a worker (its
 * siblings are completing too, so some kill lands between a completion's steps), start a new one,
 * then follow every trip to its end and look at what it left in Redis.
 */
async function round(service: ChaosService, count: number, label: string): Promise<RoundResult> {
  const auth = await service.keyFor(label);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await submit(service.url, auth, completeRequest(i));
    if (id) ids.push(id);
  }
  let completed = 0;
  let killed: Promise<void> | null = null;
  const killAt = Math.max(1, Math.ceil(count / 4));
  const results = await Promise.all(
    ids.map(async (id) => {
      const result = await followToEnd(service.url, auth, id);
      completed++;
      if (completed === killAt && service.workers[0]) {
        const victim = service.workers.shift();
        killed = (async () => {
          await victim?.kill9();
          await service.startWorker();
        })();
      }
      return result;
    }),
  );
  await (killed ?? Promise.resolve());
  let withoutTtl = 0;
  for (const id of ids) {
    if ((await keysWithoutTtl(service.redis, service.prefix, id)).length > 0) withoutTtl++;
  }
  return {
    trips: ids.length,
    withoutFinalEvent: results.filter((r) => r.finalEvents === 0).length,
    withDuplicateFinalEvent: results.filter((r) => r.finalEvents > 1).length,
    withoutTtl,
    lost: count - ids.length + results.filter((r) => r.lastStatus !== 'completed').length,
    endings: await Promise.all(
      ids
        .filter((_, i) => results[i]?.lastStatus !== 'completed')
        .map(async (id) => {
          const trip = await getTrip(service.url, auth, id);
          return `${id} ${trip.status}${trip.error ? ` (${trip.error.code}: ${trip.error.message})` : ''}`;
        }),
    ),
  };
}

export const killCompletionsScenario: Scenario = {
  name: 'kill -9 during completions',
  async run(service, scale): Promise<Figure[]> {
    const total = { trips: 0, withoutFinalEvent: 0, withDuplicateFinalEvent: 0, withoutTtl: 0, lost: 0 };
    const endings: string[] = [];
    for (let r = 0; r < scale.killRounds; r++) {
      const { endings: roundEndings, ...result } = await round(service, scale.tripsPerRound, `kill-${r}`);
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += result[k];
      endings.push(...roundEndings);
    }
    const of = `of ${total.trips} in ${scale.killRounds} rounds`;
    return [
      { name: `trips without a final event (${of})`, value: total.withoutFinalEvent, max: 0 },
      { name: `trips with two final events (${of})`, value: total.withDuplicateFinalEvent, max: 0 },
      { name: `trips with a key without TTL (${of})`, value: total.withoutTtl, max: 0 },
      { name: `trips lost or not completed (${of})`, value: total.lost, max: 0, detail: endings.join(', ') },
    ];
  },
};
