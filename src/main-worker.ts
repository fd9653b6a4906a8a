import { environmentForChildren, loadConfig } from './config.js';

/**
 * `npm run worker`: WORKER_PROCESSES worker processes under a supervisor (this process), or with
 * WORKER_PROCESSES=1 the worker itself, as before. Each branch imports only what it runs: the
 * supervisor never loads the graph.
 */
const config = loadConfig();
if (config.WORKER_PROCESSES > 1) {
  const [{ createLogger }, { superviseWorkers }] = await Promise.all([
    import('./runtime/logger.js'),
    import('./runtime/worker-supervisor.js'),
  ]);
  const logger = createLogger(config, 'supervisor');
  const supervisor = superviseWorkers({
    processes: config.WORKER_PROCESSES,
    entry: process.argv[1] ?? '',
    env: environmentForChildren(),
    logger,
  });
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal ends the supervisor now; its children, losing their channel, stop at once too.
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, 'draining');
    void supervisor.stop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.exitCode = await supervisor.done;
} else {
  const { runWorkerProcess } = await import('./runtime/run-worker-process.js');
  await runWorkerProcess(config);
}
