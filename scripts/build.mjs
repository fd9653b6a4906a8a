// Compiles src, graphs, agents and tools to dist/ (tsc -p tsconfig.build.json) and lays beside the
// JavaScript the files it reads at run time, so every process runs with plain `node` and no run-time
// transpiler. Plain JavaScript because it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
/** Written after every build; a source newer than it means dist/ is stale. */
export const STAMP = join(DIST, '.build-stamp');
/** What the build compiles or copies; a change to any of these makes dist/ stale. */
export const SOURCE_DIRS = ['src', 'graphs', 'agents', 'tools'];
export const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** Non-TypeScript files beside the sources that the code opens relative to its own module URL. */
function copyRuntimeAssets() {
  for (const dir of SOURCE_DIRS) copyAssetsUnder(join(ROOT, dir));
  // src/api/web-app.ts serves `../../web/dist` relative to itself: from dist/src/api that is
  // dist/web/dist, so dist/web points at the real web/ (built by `npm run build:web`).
  const webLink = join(DIST, 'web');
  rmSync(webLink, { force: true, recursive: true });
  symlinkSync(join('..', 'web'), webLink, 'dir');
}

function copyAssetsUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyAssetsUnder(path);
    else if (!/\.(ts|tsx|mts|cts)$/.test(entry.name)) {
      const target = join(DIST, relative(ROOT, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}

/**
 * Compiles and copies. Type errors are reported and fail the build (exit code 1) but tsc still emits,
 * so `allowTypeErrors` lets a developer's half-edited tree run anyway.
 */
export function build({ allowTypeErrors = false } = {}) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 && !(allowTypeErrors && existsSync(DIST))) return result.status ?? 1;
  copyRuntimeAssets();
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return result.status ?? 1;
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = build();
}
