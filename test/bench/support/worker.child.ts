import { loadConfig } from '../../../src/config.js';
import { createServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { childSettings, serveBenchChild } from './bench-child.js';

/** A plan worker in a process of its own (see bench-child.ts); settings are config entries. */
const context = createServiceContext(loadConfig(childSettings<Record<string, string>>()), 'worker', 'bench');
const worker = await startWorker(context);
serveBenchChild({}, async () => {
  await worker.close();
  await context.close();
});
