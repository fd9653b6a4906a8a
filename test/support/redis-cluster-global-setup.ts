import type { TestProject } from 'vitest/node';
import { startRedisCluster } from './redis-cluster.js';
// For its ProvidedContext declaration (redisUrl), shared by both projects.
import './redis-global-setup.js';

/**
 * The "cluster" project's Redis: REDIS_CLUSTER_URL when given (`redis+cluster://host:port,…`),
 * else a private 3-master cluster on free ports. Tests read it through `testRedisUrl()` exactly as
 * the single-Redis project does, so the same test files run against both.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.REDIS_CLUSTER_URL;
  if (given) {
    project.provide('redisUrl', given);
    return async () => {};
  }
  const cluster = await startRedisCluster({ masters: 3 });
  project.provide('redisUrl', cluster.url);
  return () => cluster.stop();
}
