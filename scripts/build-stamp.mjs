// What the launcher needs on every start, apart from the build itself: where dist/ is, which
// JavaScript runs for an entry point, and whether dist/ is older than the sources. Only node:fs
// and node:path, so a warm start does not load what a build needs (child_process, esbuild).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
/** Written after every build, listing the sources; one newer than it means dist/ is stale. */
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

/**
 * Every path the build reads from (SOURCE_FILES that exist, SOURCE_DIRS and every directory and
 * file under them), relative to the root: what the stamp lists.
 */
export function sourcePaths() {
  const paths = [];
  const walk = (dir) => {
    paths.push(dir);
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else paths.push(path);
    }
  };
  for (const file of SOURCE_FILES)
    if (statSync(join(ROOT, file), { throwIfNoEntry: false })) paths.push(file);
  for (const dir of SOURCE_DIRS) walk(dir);
  return paths;
}

/**
 * True when dist/ is missing, or a path the stamp lists is gone or newer than it (one stat each, no
 * directory walk: a file added, removed or renamed makes its directory newer, an edit the file).
 */
export function isStale() {
  let built;
  let paths;
  try {
    built = statSync(STAMP).mtimeMs;
    paths = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(paths) || paths.length === 0) return true;
  return paths.some((path) => {
    const stat = statSync(join(ROOT, path), { throwIfNoEntry: false });
    return stat === undefined || stat.mtimeMs > built;
  });
}
