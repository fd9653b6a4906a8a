import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/**
 * What `derive` makes of a package's data file, kept as JSON in node_modules/.cache after the first
 * time: the airport index reads 0.6 MB of its own records there instead of decoding and parsing
 * the package's 2.9 MB (a tenth of an offline CLI plan). The cache is named by the file's path,
 * size and mtime and by `version` (what derives it, e.g. the deriving function's source), so an
 * updated package or changed code derives anew; a cache that cannot be read or written is skipped.
 */
export function readDerived<T>(file: string, version: string, derive: () => T): T {
  const cache = cachePath(file, version);
  if (cache) {
    try {
      return JSON.parse(readFileSync(cache, 'utf8')) as T;
    } catch {
      // Not derived yet (or unreadable): derive below.
    }
  }
  const derived = derive();
  if (cache) writeQuietly(cache, JSON.stringify(derived));
  return derived;
}

function cachePath(file: string, version: string): string | undefined {
  const modules = file.lastIndexOf(`${sep}node_modules${sep}`);
  if (modules < 0) return undefined;
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha1')
    .update(`${file}\n${size}\n${mtimeMs}\n${version}`)
    .digest('hex')
    .slice(0, 16);
  const dir = join(file.slice(0, modules), 'node_modules', '.cache', 'trip-planner');
  return join(dir, `${basename(file, '.json')}-${key}.json`);
}

function writeQuietly(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Renamed into place: processes starting together never read half a file.
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  } catch {
    // A read-only install derives each time.
  }
}
