/**
 * Where the service's Redis is: one server (`redis://…`, `rediss://…`, handed to ioredis as is) or
 * a Redis Cluster named by some of its nodes (`redis+cluster://[user:password@]host:port,host:port`,
 * `rediss+cluster://…` for TLS). ioredis discovers the other nodes from the ones given.
 */
export type RedisTarget =
  | { kind: 'single'; url: string }
  | {
      kind: 'cluster';
      nodes: { host: string; port: number }[];
      username?: string;
      password?: string;
      tls: boolean;
    };

export class RedisUrlError extends Error {
  override readonly name = 'RedisUrlError';
}

const SINGLE = /^rediss?:\/\//;
const CLUSTER = /^(rediss?)\+cluster:\/\/(?:([^@/]*)@)?([^/?#]*)(\/[^?#]*)?$/;
const NODE = /^([A-Za-z0-9.-]+):(\d{1,5})$/;

/** Parses `host:port,host:port` (the node list of a cluster URL or of REDIS_CLUSTER_NODES). */
export function parseClusterNodes(list: string): { host: string; port: number }[] {
  const parts = list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) throw new RedisUrlError('a cluster needs at least one node as host:port');
  return parts.map((part) => {
    const match = NODE.exec(part);
    const port = Number(match?.[2]);
    if (!match?.[1] || !(port >= 1 && port <= 65535))
      throw new RedisUrlError(`not a cluster node: "${part}" (expected host:port, e.g. 10.0.0.5:7000)`);
    return { host: match[1], port };
  });
}

/** Throws RedisUrlError saying what is wrong; the message never repeats a password. */
export function parseRedisTarget(url: string): RedisTarget {
  const cluster = CLUSTER.exec(url);
  if (cluster) {
    const [, scheme, auth, nodes = '', path] = cluster;
    // A cluster has only database 0 (SELECT is refused), so a path other than /0 is a mistake.
    if (path !== undefined && path !== '/' && path !== '/0')
      throw new RedisUrlError(`a Redis Cluster has only database 0; remove "${path}" from the URL`);
    const [user, password] = auth === undefined ? [] : auth.split(/:(.*)/s);
    return {
      kind: 'cluster',
      nodes: parseClusterNodes(nodes),
      ...(user ? { username: decodeURIComponent(user) } : {}),
      ...(password ? { password: decodeURIComponent(password) } : {}),
      tls: scheme === 'rediss',
    };
  }
  if (url.includes('+cluster:'))
    throw new RedisUrlError('expected redis+cluster://host:port,host:port (or rediss+cluster:// for TLS)');
  if (!SINGLE.test(url))
    throw new RedisUrlError('expected redis://host:port, rediss://…, or redis+cluster://host:port,host:port');
  return { kind: 'single', url };
}
