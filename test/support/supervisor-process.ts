import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One JSON log line of the supervisor or of one of its worker processes (they share stdout). */
export interface LogLine {
  msg: string;
  pid: number;
  name: string;
  workerPid?: number;
  workerPids?: number[];
  [key: string]: unknown;
}

export interface SupervisorProcess {
  child: ChildProcess;
  lines: LogLine[];
  /** Resolves with the first line from now on that matches (or rejects if the process exits first). */
  next(predicate: (line: LogLine) => boolean): Promise<LogLine>;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no drain, no cleanup, locks left to expire. */
  kill9(): Promise<void>;
  output(): string;
}

/**
 * Starts `npm run worker` (src/main-worker.ts) with the given settings and follows its JSON log
 * lines: with WORKER_PROCESSES > 1 a supervisor and its worker processes, else one worker
 * (test/support/worker-process.ts starts that one through here too).
 */
export function startSupervisorProcess(env: Record<string, string>): SupervisorProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main-worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, OPENAI_API_KEY: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let text = '';
  const waiters: {
    predicate: (line: LogLine) => boolean;
    resolve: (l: LogLine) => void;
    reject: (e: Error) => void;
  }[] = [];
  createInterface({ input: child.stdout }).on('line', (raw) => {
    text += `${raw}\n`;
    if (!raw.startsWith('{')) return;
    const line = JSON.parse(raw) as LogLine;
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.predicate(line)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.once('exit', (code, signal) => {
    for (const waiter of waiters.splice(0))
      waiter.reject(new Error(`worker process exited (${code ?? signal}) first:\n${text.slice(-4000)}`));
  });
  return {
    child,
    lines,
    output: () => text,
    next: (predicate) => new Promise((resolve, reject) => waiters.push({ predicate, resolve, reject })),
    stop: () => signalAndWait(child, 'SIGTERM'),
    async kill9() {
      await signalAndWait(child, 'SIGKILL');
    },
  };
}

/** Sends `signal` unless the process has already exited, and resolves with its exit code. */
async function signalAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill(signal);
  const [code] = await exited;
  return code as number | null;
}
