import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/*
 * A part of a benchmark run in a process of its own, so its CPU is not charged to the event loop
 * of the part being measured (two cores are shared by the fake model server, the worker, Redis
 * and the driver). Parent and child talk over the IPC channel:
 *   child → { type: 'ready', info }            once it serves
 *   parent → 'cpu'   child → { type: 'cpu', usage: { cpu: process.cpuUsage(), loopMs } }
 *   parent → 'stop'  child closes what it opened and exits (a --cpu-prof profile is written then)
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * CPU the child has used since it started. `cpu` counts every thread (V8's GC and compiler threads
 * too); `loopMs` is the time its event loop was busy, which caps what one process can do.
 */
export interface ChildUsage {
  cpu: NodeJS.CpuUsage;
  loopMs: number;
}

type ToParent = { type: 'ready'; info: unknown } | { type: 'cpu'; usage: ChildUsage };

export interface BenchChild<Info> {
  info: Info;
  /** What the child has used so far (one query at a time: replies carry no id). */
  usage(): Promise<ChildUsage>;
  stop(): Promise<void>;
}

export interface BenchChildOptions {
  /**
   * Writes V8 CPU profiles of the child into `<cpuProfDir>/<label>/` when it stops: one per thread
   * (tsx's module loader has a thread of its own), the main thread's with thread id 0 in its name.
   */
  cpuProfDir?: string;
  /** Names the profile directory, e.g. "worker-300ms". */
  label: string;
}

function nextMessage(child: ChildProcess, type: ToParent['type']): Promise<ToParent> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ToParent) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`bench child exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts `file` (a module under test/bench) with `settings` as its one JSON argument. */
export async function startBenchChild<Info>(
  file: string,
  settings: unknown,
  options: BenchChildOptions,
): Promise<BenchChild<Info>> {
  const profile = options.cpuProfDir
    ? ['--cpu-prof', `--cpu-prof-dir=${join(options.cpuProfDir, options.label)}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', file, JSON.stringify(settings)], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = (await nextMessage(child, 'ready')) as { type: 'ready'; info: Info };
  return {
    info: ready.info,
    async usage() {
      const reply = nextMessage(child, 'cpu');
      child.send('cpu');
      return ((await reply) as { type: 'cpu'; usage: ChildUsage }).usage;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      await exited;
    },
  };
}

/** The child's side: announces `info`, answers CPU queries, runs `close` and exits on 'stop'. */
export function serveBenchChild(info: unknown, close: () => Promise<void>): void {
  const send = (message: ToParent) => process.send?.(message);
  process.on('message', (message) => {
    if (message === 'cpu') {
      const loopMs = performance.eventLoopUtilization().active;
      send({ type: 'cpu', usage: { cpu: process.cpuUsage(), loopMs } });
    }
    if (message === 'stop') {
      process.removeAllListeners('message');
      void close().finally(() => process.exit(0));
    }
  });
  // The parent dying must not leave a server or worker behind.
  process.once('disconnect', () => process.exit(0));
  send({ type: 'ready', info });
}

/** The JSON settings a child was started with. */
export function childSettings<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}
