import type { Config } from '../config.js';
import { createServiceContext } from './service-context.js';
import { onShutdown } from './shutdown.js';
import { startWorker } from './start-worker.js';
import { WORKER_READY_MESSAGE } from './worker-supervisor.js';

/**
 * One worker process until SIGTERM/SIGINT, then a drain. Started by a supervisor (an IPC channel
 * is open), it reports ready, and drains as on SIGTERM when the supervisor disappears.
 */
export async function runWorkerProcess(config: Config): Promise<void> {
  const context = createServiceContext(config, 'worker', 'worker');
  const started = startWorker(context);
  let settled = false;
  void started.finally(() => {
    settled = true;
  });
  // Installed before start-up finishes: a signal meanwhile waits for the workers, then drains them.
  onShutdown(context.logger, async () => {
    // Still starting with Redis out of reach: no job can have been taken, so there is nothing to
    // wait for (the start-up would wait for Redis as long as the drain allows, then exit 1).
    if (!settled && context.redis.status !== 'ready') {
      context.logger.warn({ redis: context.redis.status }, 'stopped before Redis answered: no job was taken');
      return;
    }
    const worker = await started;
    await worker.close();
    await context.close();
  });
  await started;
  if (process.send) {
    process.send(WORKER_READY_MESSAGE);
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  }
}
