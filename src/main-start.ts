import { loadConfig } from './config.js';
import { createServiceContext } from './runtime/service-context.js';
import { onShutdown } from './runtime/shutdown.js';
import { startApi } from './runtime/start-api.js';
import { startScheduler } from './runtime/start-scheduler.js';
import { startWorker } from './runtime/start-worker.js';

/** API, worker and scheduler in one process, for development: each keeps its own Redis connection profile. */
const config = loadConfig();
const apiContext = createServiceContext(config, 'api', 'api');
const workerContext = createServiceContext(config, 'worker', 'worker');
const worker = await startWorker(workerContext);
const scheduler = startScheduler(workerContext);
const app = await startApi(apiContext);
onShutdown(apiContext.logger, async () => {
  await app.close();
  await scheduler.close();
  await worker.close();
  await Promise.all([apiContext.close(), workerContext.close()]);
});
