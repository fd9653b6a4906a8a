import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { freePort, type RunningRedis, startRedisServer } from '../../support/redis-server.js';
import { startWorkerProcess, type WorkerProcess } from '../../support/worker-process.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Only the tail of a child's log is kept: a chaos run can log megabytes. */
const LOG_TAIL = 20_000;

export interface ChaosServiceOptions {
  workers: number;
  /** Simulated latency per offline-model call, so completions spread out in time. */
  modelLatencyMs: number;
}

/** Everything a chaos scenario drives: a private Redis with AOF, one API process, worker processes. */
export interface ChaosService {
  url: string;
  prefix: string;
  adminKey: string;
  redisPort: number;
  /** An operator connection (INFO, SCAN, TTL); reconnects after a Redis restart. */
  redis: Redis;
  workers: WorkerProcess[];
  keyFor(tenant: string): Promise<Record<string, string>>;
  startWorker(): Promise<WorkerProcess>;
  /** SIGTERM Redis (AOF is flushed) and start it again on the same port and directory. */
  restartRedis(): Promise<void>;
  apiLog(): string;
  stop(): Promise<void>;
}

interface ApiProcess {
  child: ChildProcess;
  log: () => string;
}

async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main-api.ts'], {
    cwd: ROOT,
    env: { ...process.env, OPENAI_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-LOG_TAIL);
  };
  child.stderr?.on('data', append);
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      append(chunk);
      if (log.includes('Server listening')) resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`API exited with ${code} before listening:\n${log}`)));
  });
  return { child, log: () => log };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

export async function startChaosService(options: ChaosServiceOptions): Promise<ChaosService> {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-redis-'));
  let server: RunningRedis = await startRedisServer({ appendOnly: true, dir });
  const redisUrl = server.url;
  const prefix = `chaos-${process.pid}:`;
  const adminKey = `admin-${process.pid}-${Date.now()}`;
  const port = await freePort();
  const common = { REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
  const workerEnv = {
    ...common,
    // Short locks so a killed worker's jobs are taken over in seconds.
    WORKER_LOCK_MS: '2000',
    OFFLINE_MODEL_LATENCY_MS: String(options.modelLatencyMs),
    LOG_LEVEL: 'info',
  };
  // The API and the workers start side by side: each spends seconds transpiling on start-up.
  const apiStarting = startApiProcess({
    ...common,
    API_PORT: String(port),
    ADMIN_KEY: adminKey,
    // The fuzzer and the stream scenario send thousands of requests from one tenant on purpose.
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'info',
  });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const keys = new ApiKeyStore(redis, prefix);
  const workers: WorkerProcess[] = [];

  const starting = Array.from({ length: options.workers }, () => startWorkerProcess(workerEnv));
  workers.push(...starting);
  let api: ApiProcess;
  try {
    await Promise.all(starting.map((w) => w.ready));
    api = await apiStarting;
  } catch (error) {
    // Nothing is left running when start-up fails.
    await Promise.all(workers.map((w) => w.kill9()));
    await apiStarting.then((a) => stopChild(a.child)).catch(() => {});
    redis.disconnect();
    await server.stop();
    throw error;
  }
  const service: ChaosService = {
    url: `http://127.0.0.1:${port}`,
    prefix,
    adminKey,
    redisPort: server.port,
    redis,
    workers,
    async keyFor(tenant) {
      const { key } = await keys.create(tenant, 'chaos');
      return { authorization: `Bearer ${key}` };
    },
    async startWorker() {
      const worker = startWorkerProcess(workerEnv);
      await worker.ready;
      workers.push(worker);
      return worker;
    },
    async restartRedis() {
      await server.stop();
      server = await startRedisServer({ appendOnly: true, dir, port: server.port });
    },
    apiLog: api.log,
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
      await stopChild(api.child);
      redis.disconnect();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return service;
}
