import {
  createMemorySourceCache,
  type SourceCache,
} from '../../../../tools/providers/sources/http/source-cache.js';

/** The in-process source cache, with the keys written to it, so a test can see what was cached. */
export function inspectableCache(): SourceCache & { keys(): string[] } {
  const cache = createMemorySourceCache();
  const written = new Set<string>();
  return {
    keys: () => [...written],
    get: (key) => cache.get(key),
    async set(key, value, ttlSeconds) {
      written.add(key);
      await cache.set(key, value, ttlSeconds);
    },
  };
}
