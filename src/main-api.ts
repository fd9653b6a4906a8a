import { loadConfig } from './config.js';
import { createServiceContext } from './runtime/service-context.js';
import { onShutdown } from './runtime/shutdown.js';
import { startApi } from './runtime/start-api.js';

const context = createServiceContext(loadConfig(), 'api', 'api');
const app = await startApi(context);
onShutdown(context.logger, async () => {
  await app.close();
  await context.close();
});
