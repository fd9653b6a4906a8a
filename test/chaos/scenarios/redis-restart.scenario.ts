import { followToEnd, submit } from '../support/trip-client.js';
import type { Scenario } from './scenario.js';
import { completeRequest } from './trip-requests.js';

/**
 * Redis stopped (SIGTERM: the AOF is flushed) and started again as soon as the first trip
 * completes, while the others are queued or mid-plan; every follower resumes its stream.
 */
export const redisRestartScenario: Scenario = {
  name: 'Redis stop/start with AOF',
  async run(service, scale) {
    const auth = await service.keyFor('restart');
    const ids: string[] = [];
    for (let i = 0; i < scale.restartTrips; i++) {
      const { id } = await submit(service.url, auth, completeRequest(i + 1));
      if (id) ids.push(id);
    }
    let restarted: Promise<void> | null = null;
    const results = await Promise.all(
      ids.map(async (id) => {
        const result = await followToEnd(service.url, auth, id);
        restarted ??= service.restartRedis();
        return result;
      }),
    );
    await (restarted ?? Promise.resolve());
    const lost = scale.restartTrips - ids.length + results.filter((r) => r.lastStatus !== 'completed').length;
    return [{ name: `trips lost across a Redis restart (of ${scale.restartTrips})`, value: lost, max: 0 }];
  },
};
