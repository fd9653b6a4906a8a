import { describe, expect, it } from 'vitest';
import { freePort } from '../../support/redis-server.js';
import { startSupervisorProcess } from '../../support/supervisor-process.js';

describe('a worker process told to drain while Redis is out of reach', () => {
  it('exits 0 at once: it has taken no job, so the drain has nothing to wait for', async () => {
    // A loopback port nothing listens on: every connection attempt is refused.
    const worker = startSupervisorProcess({
      WORKER_PROCESSES: '1',
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      REDIS_PREFIX: 'drain-without-redis',
    });
    await worker.next((line) => line.msg === 'redis connection error');
    // Before, the drain waited for the start-up until its 60 s limit and exited 1.
    const code = await worker.stop();
    expect(code, worker.output().slice(-2000)).toBe(0);
    expect(worker.output()).toContain('stopped before Redis answered: no job was taken');
    expect(worker.output()).toContain('"msg":"drained"');
  }, 30_000);
});
