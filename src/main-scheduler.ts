import { loadConfig } from './config.js';
import { createServiceContext } from './runtime/service-context.js';
import { onShutdown } from './runtime/shutdown.js';
import { startScheduler } from './runtime/start-scheduler.js';

const context = createServiceContext(loadConfig(), 'worker', 'scheduler');
const scheduler = startScheduler(context);
onShutdown(context.logger, async () => {
  await scheduler.close();
  await context.close();
});
