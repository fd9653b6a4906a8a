import { loadConfig } from './config.js';
import { createServiceContext } from './runtime/service-context.js';
import { onShutdown } from './runtime/shutdown.js';
import { startWorker } from './runtime/start-worker.js';

const context = createServiceContext(loadConfig(), 'worker', 'worker');
const worker = await startWorker(context);
onShutdown(context.logger, async () => {
  await worker.close();
  await context.close();
});
