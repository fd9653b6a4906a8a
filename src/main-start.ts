import { loadConfig } from './config.js';
import { createServiceContext } from './runtime/service-context.js';
import { onShutdown } from './runtime/shutdown.js';
import { startApi } from './runtime/start-api.js';
import { startWorker } from './runtime/start-worker.js';

/** API and worker in one process, for development: each keeps its own Redis connection profile. */
const config = loadConfig();
const apiContext = createServiceContext(config, 'api', 'api');
const workerContext = createServiceContext(config, 'worker', 'worker');
const worker = await startWorker(workerContext);
const app = await startApi(apiContext);
onShutdown(apiContext.logger, async () => {
  await app.close();
  await worker.close();
  await Promise.all([apiContext.close(), workerContext.close()]);
});
