import { type Config, loadConfig } from '../config.js';
import type { RedisClient } from '../runtime/redis-client.js';
import { openRedis } from '../runtime/redis-connections.js';
import { CliError, describeNetworkError, EXIT, innermostMessage } from './cli-error.js';

/** Opens the configured Redis for an operator command, runs `action`, and always disconnects. */
export async function withOperatorRedis<T>(
  action: (redis: RedisClient, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  // An operator command should fail fast, not retry forever, when Redis is unreachable.
  const redis = openRedis(config.REDIS_URL, {
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    lazyConnect: true,
  });
  // The failing command reports the error; the event says why ("connection refused"), kept for that.
  let lastError: unknown;
  redis.on('error', (error) => {
    lastError = error;
  });
  try {
    try {
      await redis.connect();
    } catch (cause) {
      const why = describeNetworkError(lastError) ?? describeNetworkError(cause) ?? innermostMessage(cause);
      // The URL may carry a password: only its host is shown.
      const where = config.REDIS_URL.replace(/\/\/[^@/]*@/, '//');
      throw new CliError('unreachable', `cannot reach Redis at ${where}: ${why}`, EXIT.crash, { cause });
    }
    return await action(redis, config);
  } finally {
    redis.disconnect();
  }
}
