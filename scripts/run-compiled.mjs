// `node scripts/run-compiled.mjs src/cli/main.ts plan …` runs dist/src/cli/main.js in this same
// process with plain node, first rebuilding dist/ when a source is newer than the last build: a
// fresh clone (`npm ci` then `npm run plan`) and an edited tree both work, and a warm start pays a
// stat of each source path the build listed (~2 ms) instead of tsx transpiling at run time.
import { pathToFileURL } from 'node:url';
import { compiledPath, isStale } from './build-stamp.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith('.ts')) {
  process.stderr.write('usage: node scripts/run-compiled.mjs <entry.ts> [args…]\n');
  process.exit(64);
}
if (isStale()) {
  process.stderr.write('Building dist/ (sources changed since the last build)…\n');
  // Imported only now: what a build needs (child_process, tsc, esbuild) is no warm start's cost.
  const { build } = await import('./build.mjs');
  if ((await build({ allowTypeErrors: true })) !== 0)
    process.stderr.write('dist/ built with type errors (see above)\n');
}
const compiled = compiledPath(entry);
// The entry reads its arguments from process.argv as if node had been started on it directly.
process.argv = [process.argv[0], compiled, ...args];
await import(pathToFileURL(compiled).href);
