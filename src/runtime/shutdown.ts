import type { Logger } from 'pino';

/**
 * Runs `drain` once on SIGTERM/SIGINT, then exits. A second signal, or a drain that outlasts
 * `timeoutMs`, exits at once: unfinished jobs are then taken over by another worker.
 */
export function onShutdown(logger: Logger, drain: () => Promise<void>, timeoutMs = 60_000): void {
  let draining = false;
  const handle = (signal: NodeJS.Signals) => {
    if (draining) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    draining = true;
    logger.info({ signal }, 'draining');
    const timer = setTimeout(() => {
      logger.warn('drain timed out: exiting; unfinished jobs will be taken over');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    drain().then(
      () => {
        logger.info('drained');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'drain failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handle);
  process.once('SIGINT', handle);
}
