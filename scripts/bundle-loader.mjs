// Copied by scripts/build.mjs beside a bundle as its entry (dist/cli.mjs runs dist/cli.cjs): runs the
// bundle with V8's code cache, so a start deserialises compiled code instead of parsing ~5 MB of
// JavaScript and compiling every function it calls again (Node 20 has no compile cache for ES
// modules, hence a CommonJS bundle run through vm.Script). Plain JavaScript, Node's modules only.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';

const bundle = fileURLToPath(import.meta.url).replace(/\.mjs$/, '.cjs');
const dir = dirname(bundle);

/**
 * One cache per command (and per its help), because a cache holds what the run that wrote it
 * compiled: `plan --help` must not leave a plan without its functions, nor a plan burden `--help`
 * with its 4 MB. The bundle's size and mtime name its build: V8 checks only the source's length.
 */
function cacheFile() {
  const words = process.argv.slice(2);
  const command = words.find((word) => !word.startsWith('-')) ?? 'main';
  const help = words.includes('--help') || words.includes('-h') ? '-help' : '';
  const { size, mtimeMs } = statSync(bundle);
  const key = `${basename(bundle, '.cjs')}-${size}-${Math.round(mtimeMs)}-${command.replace(/\W/g, '_')}${help}`;
  return join(dir, '.v8-cache', `${key}.bin`);
}

const cache = cacheFile();
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  // No cache yet: this run writes one.
}
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

if (cachedData === undefined || script.cachedDataRejected) {
  // Written at exit, so it holds every function the run compiled; only a run that succeeded
  // writes it (an early failure would leave a cache without the command's code).
  process.once('exit', (code) => {
    if (code !== 0) return;
    try {
      mkdirSync(dirname(cache), { recursive: true });
      // Renamed into place: CLIs started together (tests) never read half a file.
      const partial = `${cache}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cache);
    } catch {
      // A read-only install runs without a cache.
    }
  });
}

const module = new Module(bundle);
module.filename = bundle;
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dir);
