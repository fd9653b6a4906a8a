// What the launcher needs on every start, apart from the build itself: where dist/ is, which
// JavaScript runs for an entry point, and whether dist/ is older than the sources. Only node:fs
// and node:path, so a warm start does not load what a build needs (child_process, esbuild).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
/** Written after every build; a source newer than it means dist/ is stale. */
export const STAMP = join(DIST, '.build-stamp');
/** What the build compiles or copies; a change to any of these makes dist/ stale. */
export const SOURCE_DIRS = ['src', 'graphs', 'agents', 'tools'];
export const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/**
 * Entry points also bundled with their packages (a loader and one CommonJS bundle run with V8's
 * code cache, see bundleEntry): the CLI starts several times faster that way (one file, compiled
 * code read back, instead of ~1,000 modules to resolve, load and parse). The service keeps
 * tsc's output: some of its packages (pino transports, the API's UI assets) load files by path
 * relative to their own module, which a bundle would move.
 */
export const BUNDLES = { 'src/cli/main.ts': join(DIST, 'cli.mjs') };

/** The JavaScript to run for a TypeScript entry point. */
export function compiledPath(entry) {
  return BUNDLES[entry] ?? join(DIST, entry.replace(/\.ts$/, '.js'));
}

/** True when dist/ is missing or any source is newer than the last build (one stat per file). */
export function isStale() {
  let built;
  try {
    built = statSync(STAMP).mtimeMs;
  } catch {
    return true;
  }
  const newer = (path) => statSync(path).mtimeMs > built;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() ? walk(path) : newer(path)) return true;
    }
    return false;
  };
  return (
    SOURCE_FILES.some((file) => existsSync(join(ROOT, file)) && newer(join(ROOT, file))) ||
    SOURCE_DIRS.some((dir) => walk(join(ROOT, dir)))
  );
}
