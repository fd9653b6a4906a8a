import type { ChildProcess } from 'node:child_process';
import { startSupervisorProcess } from './supervisor-process.js';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the worker logs that it is ready (its BullMQ worker is running). */
  ready: Promise<void>;
  /** SIGKILL: no drain, no cleanup, locks left to expire. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  output(): string;
}

/** Starts `npm run worker` (src/main-worker.ts) as a separate process with the given settings. */
export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  // One process (no supervisor) unless a test asks for more: kill9 must kill the worker itself.
  const worker = startSupervisorProcess({ WORKER_PROCESSES: '1', ...env });
  const ready = worker.next((line) => line.msg === 'worker ready').then(() => undefined);
  // A test that never awaits `ready` must not fail on an unhandled rejection when it stops the worker.
  ready.catch(() => {});
  return { child: worker.child, ready, kill9: worker.kill9, stop: worker.stop, output: worker.output };
}
