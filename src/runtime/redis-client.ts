import type { Cluster, Redis } from 'ioredis';

/**
 * The service's connection to Redis: one server (`Redis`) or a Redis Cluster (`Cluster`). Both
 * speak the same commands; what differs is that a MULTI, a Lua script or a pipeline must keep to
 * one slot on a cluster (hence the `{tripId}` hash tags), and that a SCAN sees one node only.
 */
export type RedisClient = Redis | Cluster;

export function isClusterClient(client: RedisClient): client is Cluster {
  return client.isCluster;
}

/**
 * The cluster's masters as the client knows them. A Cluster client fills its node list from the
 * slot map it reads on connecting, so a client still connecting (or lazy, not yet used) has none,
 * and a SCAN of "every master" would find nothing: one round trip first waits until it is ready
 * (or fails as the client's profile says: queued, or at once for the API's).
 */
async function mastersOf(client: Cluster): Promise<Redis[]> {
  if (client.status !== 'ready') await client.ping();
  const masters = client.nodes('master');
  if (masters.length === 0) throw new Error(`Redis Cluster: no master to scan (client ${client.status})`);
  return masters;
}

/**
 * Every key matching `pattern`, on every master when the client is a cluster (SCAN walks one
 * node's keyspace). O(keyspace): for operators and tests, never on a request path.
 */
export async function scanAllKeys(client: RedisClient, pattern: string, count = 1000): Promise<string[]> {
  const nodes: Redis[] = isClusterClient(client) ? await mastersOf(client) : [client];
  const found: string[] = [];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', count);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  return found;
}

/**
 * `{id}`: the hash tag that puts every key carrying it in one cluster slot. URI-encoded like the
 * checkpoint saver's thread segment, so a trip's keys and its planning thread's keys (thread id =
 * trip id) share one slot, and no id can smuggle in a brace.
 */
export function hashTag(id: string): string {
  return `{${encodeURIComponent(id)}}`;
}
