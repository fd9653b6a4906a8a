import { Redis } from 'ioredis';
import { type Config, loadConfig } from '../config.js';

/** Opens the configured Redis for an operator command, runs `action`, and always disconnects. */
export async function withOperatorRedis<T>(action: (redis: Redis, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // An operator command should fail fast, not retry forever, when Redis is unreachable.
  const redis = new Redis(config.REDIS_URL, {
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    lazyConnect: true,
  });
  redis.on('error', () => {}); // the failing command reports the error; the event would only repeat it
  try {
    await redis.connect();
    return await action(redis, config);
  } finally {
    redis.disconnect();
  }
}
