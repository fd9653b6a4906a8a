import { type ChildProcess, fork } from 'node:child_process';
import type { Logger } from 'pino';

/** What a worker process sends its supervisor once its BullMQ workers run. */
export const WORKER_READY_MESSAGE = 'worker-ready';

export interface WorkerSupervisorOptions {
  /** Worker processes kept running. */
  processes: number;
  /** The module every child runs (the supervisor's own entry point). */
  entry: string;
  /** Node flags of the children. Default: the supervisor's own (`--import tsx` under development). */
  execArgv?: string[];
  /** The children's environment; WORKER_PROCESSES=1 is set on top, so a child never supervises in turn. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Delay before the first restart of a crashed child; it doubles with each crash in a row. Default 1 s. */
  backoffMs?: number;
  /** The longest restart delay. Default 30 s. */
  maxBackoffMs?: number;
  /** A child up this long after it reported ready has its crash count (and backoff) reset. Default 30 s. */
  stableMs?: number;
  /** Crashes in a row before ready after which the supervisor gives up (exit 1). Default 5. */
  maxStartupCrashes?: number;
  /** How long children may drain on stop before they are killed. Default 65 s (a child's own limit is 60 s). */
  drainTimeoutMs?: number;
}

export interface WorkerSupervisor {
  /** Resolves once every child has reported ready once; rejects when the supervisor gave up first. */
  ready: Promise<void>;
  /** Resolves with the supervisor's exit code once every child is gone (after stop, or after giving up). */
  done: Promise<number>;
  /** Sends every child SIGTERM (each drains its BullMQ workers) and resolves with the exit code. */
  stop(): Promise<number>;
  /** The running children's process ids. */
  pids(): number[];
}

interface Slot {
  index: number;
  child?: ChildProcess;
  ready: boolean;
  /** Exits in a row without a stable run: sets the backoff. */
  crashes: number;
  /** Exits in a row before ready: past maxStartupCrashes the supervisor gives up. */
  startupCrashes: number;
  restartTimer?: NodeJS.Timeout;
  stableTimer?: NodeJS.Timeout;
}

/**
 * Keeps `processes` worker processes running (child_process.fork of the worker entry): a child
 * that dies is restarted after a backoff that doubles per crash in a row; children that keep
 * dying before they are ready make the supervisor give up with exit code 1 (a broken deployment
 * should fail loudly, not spin). The children are not servers, so node:cluster's shared ports
 * would add nothing; each child is a complete worker with its own Redis connections and graph.
 *
 * Each child runs in its own process group (`detached`), so a terminal's Ctrl-C reaches only the
 * supervisor, which sends each child exactly one SIGTERM (a second signal would make a child exit
 * without draining); a child whose supervisor disappears drains on the IPC channel closing.
 */
export function superviseWorkers(options: WorkerSupervisorOptions): WorkerSupervisor {
  const { logger } = options;
  const backoffMs = options.backoffMs ?? 1000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const stableMs = options.stableMs ?? 30_000;
  const maxStartupCrashes = options.maxStartupCrashes ?? 5;
  const drainTimeoutMs = options.drainTimeoutMs ?? 65_000;
  const slots: Slot[] = Array.from({ length: options.processes }, (_, index) => ({
    index,
    ready: false,
    crashes: 0,
    startupCrashes: 0,
  }));
  let stopping: Promise<number> | undefined;
  let gaveUp = false;
  /** Stays 0 while every child stops cleanly. */
  let exitCode = 0;
  let finished = false;
  let resolveDone: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  let resolveReady: () => void = () => {};
  let rejectReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // A caller that only awaits `done` must not see an unhandled rejection when start-up fails.
  ready.catch(() => {});

  const start = (slot: Slot) => {
    slot.ready = false;
    const child = fork(options.entry, [], {
      execArgv: options.execArgv ?? process.execArgv,
      env: { ...options.env, WORKER_PROCESSES: '1' },
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    slot.child = child;
    logger.info({ slot: slot.index, workerPid: child.pid }, 'worker process started');
    child.on('message', (message) => {
      if (message !== WORKER_READY_MESSAGE || slot.child !== child) return;
      slot.ready = true;
      slot.startupCrashes = 0;
      slot.stableTimer = setTimeout(() => {
        slot.crashes = 0;
      }, stableMs);
      slot.stableTimer.unref();
      if (slots.every((s) => s.ready)) {
        logger.info({ processes: slots.length, workerPids: pidsOf() }, 'worker processes ready');
        resolveReady();
      }
    });
    // An IPC channel that breaks (a child killed mid-write) must not crash the supervisor.
    child.on('error', (error) =>
      logger.error({ err: error, slot: slot.index, workerPid: child.pid }, 'worker process error'),
    );
    child.once('exit', (code, signal) => onExit(slot, child, code, signal));
  };

  const onExit = (slot: Slot, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) => {
    clearTimeout(slot.stableTimer);
    const wasReady = slot.ready;
    slot.child = undefined;
    slot.ready = false;
    if (stopping || gaveUp) {
      // Clean: drained (code 0), or ended by the signal before it was ready, so before any job.
      if (!(code === 0 || (!wasReady && signal === 'SIGTERM'))) exitCode = 1;
      logger.info({ slot: slot.index, workerPid: child.pid, code, signal }, 'worker process stopped');
      finishIfAllGone();
      return;
    }
    slot.crashes += 1;
    if (!wasReady) slot.startupCrashes += 1;
    if (slot.startupCrashes >= maxStartupCrashes) {
      logger.error(
        { slot: slot.index, workerPid: child.pid, code, signal, crashes: slot.startupCrashes },
        'worker processes keep crashing at start-up: giving up',
      );
      gaveUp = true;
      rejectReady(new Error(`worker process crashed ${slot.startupCrashes} times before it was ready`));
      void stopAll().then(() => finishIfAllGone());
      return;
    }
    const delay = Math.min(maxBackoffMs, backoffMs * 2 ** (slot.crashes - 1));
    logger.warn(
      { slot: slot.index, workerPid: child.pid, code, signal, crashes: slot.crashes, restartInMs: delay },
      wasReady ? 'worker process died: restarting' : 'worker process died during start-up: restarting',
    );
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = undefined;
      if (!stopping && !gaveUp) start(slot);
    }, delay);
  };

  const pidsOf = () => slots.flatMap((s) => (s.child?.pid === undefined ? [] : [s.child.pid]));

  const finishIfAllGone = () => {
    if (finished || slots.some((s) => s.child)) return;
    finished = true;
    const code = gaveUp ? 1 : exitCode;
    logger.info({ code }, 'worker processes stopped');
    resolveDone(code);
  };

  const stopAll = async (): Promise<void> => {
    const exits = slots.map(async (slot) => {
      clearTimeout(slot.restartTimer);
      clearTimeout(slot.stableTimer);
      const child = slot.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const killer = setTimeout(() => {
        logger.warn(
          { slot: slot.index, workerPid: child.pid },
          'worker process did not drain in time: killing it',
        );
        child.kill('SIGKILL');
      }, drainTimeoutMs);
      await exited;
      clearTimeout(killer);
    });
    await Promise.all(exits);
  };

  for (const slot of slots) start(slot);

  return {
    ready,
    done,
    pids: pidsOf,
    stop() {
      stopping ??= (async () => {
        logger.info({ workerPids: pidsOf() }, 'draining worker processes');
        rejectReady(new Error('stopped before every worker process was ready'));
        await stopAll();
        finishIfAllGone();
        return done;
      })();
      return stopping;
    },
  };
}
