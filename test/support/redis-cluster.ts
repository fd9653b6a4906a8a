import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, type RunningRedis, startRedisServer } from './redis-server.js';

export interface RedisClusterOptions {
  /** Masters; the 16384 slots are split evenly between them. Default 3 (Redis's minimum). */
  masters?: number;
  /** Replicas per master (0: a dead master's slots are lost). Default 0. */
  replicas?: number;
  /**
   * cluster-node-timeout: how long a master may be unreachable before its replica takes over.
   * Default 2000 ms: short for tests, long enough that a loaded 2-core machine is not mistaken
   * for a dead one.
   */
  nodeTimeoutMs?: number;
}

export interface RunningCluster {
  /** `redis+cluster://host:port,…` naming every node, as the service's REDIS_URL accepts it. */
  url: string;
  nodes: RunningRedis[];
  /** The node serving `slot` as master right now (CLUSTER SLOTS as one live node sees it). */
  masterOf(slot: number): Promise<RunningRedis>;
  /** Resolves once every live node reports `cluster_state:ok` with all 16384 slots served. */
  waitUntilHealthy(options?: { timeoutMs?: number }): Promise<void>;
  /**
   * Resolves once every live replica has a copy of its master: link up, no sync under way, and
   * the master's replication offset reached. A replica promoted before that serves its slots
   * empty (or short), and the keys on them are simply gone.
   */
  waitForReplicas(options?: { timeoutMs?: number }): Promise<void>;
  /**
   * Resolves once `slot` is served by a live master other than `dead` (its replica, promoted) and
   * the cluster is healthy again: what a failover looks like from outside.
   */
  waitForFailover(slot: number, dead: RunningRedis, options?: { timeoutMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

/** Polls `check` (a Redis round trip each time) until it holds; a bounded loop, never a blind sleep. */
async function pollUntil(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Redis Cluster: ${what} within ${timeoutMs} ms`);
    // Cluster gossip advances on its own clock (every 100 ms); asking faster only burns CPU.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `field:value` lines (CLUSTER INFO, INFO <section>) of one node, as a record. */
async function nodeInfo(port: number, ...command: string[]): Promise<Record<string, string>> {
  const redis = new Redis(port, '127.0.0.1', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const text = (await redis.call(command[0] as string, ...command.slice(1))) as string;
    return Object.fromEntries(text.split('\r\n').map((line) => line.split(':') as [string, string]));
  } finally {
    redis.disconnect();
  }
}

const clusterInfo = (port: number) => nodeInfo(port, 'CLUSTER', 'INFO');

/** Whether the replica on `port` holds all its master has written so far (see waitForReplicas). */
async function replicaInSync(port: number): Promise<boolean> {
  const replica = await nodeInfo(port, 'INFO', 'replication');
  if (replica.role !== 'slave') return true;
  if (replica.master_link_status !== 'up' || replica.master_sync_in_progress !== '0') return false;
  const master = await nodeInfo(Number(replica.master_port), 'INFO', 'replication');
  return Number(replica.slave_repl_offset) >= Number(master.master_repl_offset);
}

function alive(node: RunningRedis): boolean {
  return node.process.exitCode === null && node.process.signalCode === null;
}

/**
 * A private Redis Cluster on free loopback ports: `masters × (1 + replicas)` redis-servers with
 * `--cluster-enabled yes`, joined by `redis-cli --cluster create`, resolved once every node says
 * `cluster_state:ok`. Nothing touches a Redis the machine already runs.
 */
export async function startRedisCluster(options: RedisClusterOptions = {}): Promise<RunningCluster> {
  const masters = options.masters ?? 3;
  const replicas = options.replicas ?? 0;
  const dir = await mkdtemp(join(tmpdir(), 'redis-cluster-'));
  const nodes: RunningRedis[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < masters * (1 + replicas); i++) {
      nodes.push(
        await startRedisServer({
          dir,
          extraArgs: [
            '--cluster-enabled',
            'yes',
            '--cluster-config-file',
            `nodes-${i}.conf`,
            // The bus port on a free port of its own: by default it is the port + 10000, which
            // nothing checked was free (a run failed on "Address already in use" there).
            '--cluster-port',
            String(await freePort()),
            '--cluster-node-timeout',
            String(options.nodeTimeoutMs ?? 2000),
            // A replica whose master died takes over even if it lagged (tests restart nothing).
            '--cluster-replica-validity-factor',
            '0',
            // A replica's first full sync starts at once instead of after Redis's default 5 s
            // (waiting for more replicas to share one diskless transfer: there are none).
            '--repl-diskless-sync-delay',
            '0',
          ],
        }),
      );
    }
    const create = spawn(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...nodes.map((n) => `127.0.0.1:${n.port}`),
        '--cluster-replicas',
        String(replicas),
        '--cluster-yes',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    create.stdout?.on('data', (c: Buffer) => {
      log += c.toString();
    });
    create.stderr?.on('data', (c: Buffer) => {
      log += c.toString();
    });
    const [code] = await once(create, 'exit');
    if (code !== 0) throw new Error(`redis-cli --cluster create exited with ${code}:\n${log}`);
  } catch (error) {
    await stop();
    throw error;
  }

  const cluster: RunningCluster = {
    url: `redis+cluster://${nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`,
    nodes,
    async masterOf(slot) {
      const witness = nodes.find(alive);
      if (!witness) throw new Error('no node of the cluster is alive');
      const redis = new Redis(witness.port, '127.0.0.1', { maxRetriesPerRequest: 0 });
      try {
        const ranges = (await redis.call('CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
        const range = ranges.find(([from, to]) => slot >= from && slot <= to);
        const port = range?.[2]?.[1];
        const node = nodes.find((n) => n.port === port);
        if (!node) throw new Error(`no master serves slot ${slot}`);
        return node;
      } finally {
        redis.disconnect();
      }
    },
    async waitUntilHealthy({ timeoutMs = 20_000 } = {}) {
      await pollUntil('every live node reports cluster_state:ok', timeoutMs, async () => {
        const infos = await Promise.all(nodes.filter(alive).map((n) => clusterInfo(n.port)));
        return infos.every((info) => info.cluster_state === 'ok' && info.cluster_slots_ok === '16384');
      });
    },
    async waitForReplicas({ timeoutMs = 20_000 } = {}) {
      await pollUntil('every replica in sync with its master', timeoutMs, async () => {
        const synced = await Promise.all(nodes.filter(alive).map((n) => replicaInSync(n.port)));
        return synced.every(Boolean);
      });
    },
    async waitForFailover(slot, dead, { timeoutMs = 30_000 } = {}) {
      await pollUntil(`slot ${slot} served by a new master`, timeoutMs, async () => {
        const master = await cluster.masterOf(slot);
        return master !== dead && alive(master);
      });
      await cluster.waitUntilHealthy({ timeoutMs });
    },
    stop,
  };
  try {
    await cluster.waitUntilHealthy();
    // `cluster_state:ok` comes before the replicas' first sync: a master killed in between would
    // leave its replica to take over with nothing, so a cluster with replicas is ready only then.
    if (replicas > 0) await cluster.waitForReplicas();
  } catch (error) {
    await stop();
    throw error;
  }
  return cluster;
}
