import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { superviseWorkers, type WorkerSupervisor } from '../../../src/runtime/worker-supervisor.js';

const CHILD = fileURLToPath(new URL('./fixtures/supervised-child.mjs', import.meta.url));

interface LogLine {
  msg: string;
  workerPid?: number;
  [key: string]: unknown;
}

/** A logger whose lines a test can wait for (the supervisor's only outward signs besides its promises). */
function capturingLogger() {
  const lines: LogLine[] = [];
  const waiters: { predicate: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  const logger = pino(
    { level: 'info' },
    {
      write(chunk: string) {
        const line = JSON.parse(chunk) as LogLine;
        lines.push(line);
        for (const waiter of [...waiters]) {
          if (waiter.predicate(line)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(line);
          }
        }
      },
    },
  );
  const next = (predicate: (line: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => waiters.push({ predicate, resolve }));
  return { logger, lines, next };
}

describe('superviseWorkers', () => {
  let supervisor: WorkerSupervisor | undefined;
  afterEach(async () => {
    await supervisor?.stop();
    supervisor = undefined;
  });

  const start = (mode: string, processes: number, log = capturingLogger()) => {
    supervisor = superviseWorkers({
      processes,
      entry: CHILD,
      execArgv: [],
      env: { ...process.env, CHILD_MODE: mode },
      logger: log.logger,
      backoffMs: 10,
      maxBackoffMs: 40,
    });
    return { supervisor, log };
  };

  it('runs the given number of children and drains them all on stop (exit code 0)', async () => {
    const { supervisor, log } = start('ready', 3);
    await supervisor.ready;
    const pids = supervisor.pids();
    expect(new Set(pids).size).toBe(3);
    expect(pids).not.toContain(process.pid);
    expect(await supervisor.stop()).toBe(0);
    expect(supervisor.pids()).toEqual([]);
    expect(log.lines.filter((l) => l.msg === 'worker process stopped').map((l) => l.code)).toEqual([0, 0, 0]);
  });

  it('restarts a child that dies, with a new process', async () => {
    const { supervisor, log } = start('ready', 2);
    await supervisor.ready;
    const [victim, survivor] = supervisor.pids();
    const died = log.next((l) => l.msg === 'worker process died: restarting');
    const restarted = log.next((l) => l.msg === 'worker processes ready');
    process.kill(victim ?? 0, 'SIGKILL');
    expect(await died).toMatchObject({ workerPid: victim, signal: 'SIGKILL', restartInMs: 10 });
    await restarted;
    const now = supervisor.pids();
    expect(now).toContain(survivor);
    expect(now).not.toContain(victim);
    expect(now).toHaveLength(2);
  });

  it('gives up with exit code 1 when children keep crashing at start-up, after backing off', async () => {
    const { supervisor, log } = start('crash', 2);
    await expect(supervisor.ready).rejects.toThrow(/crashed 5 times before it was ready/);
    expect(await supervisor.done).toBe(1);
    const gaveUp = log.lines.find((l) => l.msg === 'worker processes keep crashing at start-up: giving up');
    const delays = log.lines
      .filter((l) => l.msg === 'worker process died during start-up: restarting' && l.slot === gaveUp?.slot)
      .map((l) => l.restartInMs);
    expect(delays).toEqual([10, 20, 40, 40]);
    expect(supervisor.pids()).toEqual([]);
  });

  it('exits 1 when a child fails its drain', async () => {
    const { supervisor } = start('stuck', 2);
    await supervisor.ready;
    expect(await supervisor.stop()).toBe(1);
  });
});
