import { describe, expect, it } from 'vitest';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { startWorkerProcess } from '../../support/worker-process.js';

/** Rounds of worker processes, each drained the moment it says it is ready. */
const ROUNDS = 4;
/** Processes per round, started at once: on a cluster about one such drain in 12 used to crash. */
const PER_ROUND = 3;

describe('a worker process told to drain right after it became ready', () => {
  it(`closes every connection and exits 0, ${ROUNDS * PER_ROUND} times out of ${ROUNDS * PER_ROUND}`, async () => {
    const unclean: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const workers = Array.from({ length: PER_ROUND }, () =>
        startWorkerProcess({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: uniquePrefix('drain-at-start') }),
      );
      const outcomes = await Promise.all(
        workers.map(async (worker) => {
          await worker.ready;
          const code = await worker.stop();
          return { code, output: worker.output() };
        }),
      );
      for (const { code, output } of outcomes) {
        // A BullMQ connection closed while it was still starting emitted its error to nobody (exit 1);
        // ioredis prints "Unhandled error event" for a client of ours, or a copy BullMQ made of one,
        // with no 'error' listener.
        if (code !== 0 || !output.includes('"msg":"drained"') || output.includes('Unhandled error event'))
          unclean.push(`exit ${code}:\n${output.slice(-2000)}`);
      }
    }
    expect(unclean.length, unclean.join('\n\n')).toBe(0);
  }, 240_000);
});
