// Copied by scripts/build.mjs beside a bundle as its entry (dist/cli.mjs). A command runs from
// <name>.cjs, one CommonJS script run with V8's code cache, so a start deserialises compiled code
// instead of parsing ~5 MB of JavaScript and compiling every function it calls again (Node 20 has
// no compile cache for ES modules, hence CommonJS through vm.Script). A command's own help
// (`plan --help`) needs ~1 MB of it: it runs <name>-split.mjs, split into chunks at each import().
// Both are the whole program, so a wrong pick costs time, never behaviour. Node's modules only.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { constants, Script } from 'node:vm';

// A CLI run uses hundreds of regular expressions (the request reader's) a few times each. By
// default V8 compiles each one twice, to bytecode on its first run and to machine code on its
// second; compiling straight to machine code halves the reader's first parse (about 100 → 45 ms)
// and leaves the code cache valid (it does not depend on this flag).
setFlagsFromString('--no-regexp-tier-up');

const bundle = fileURLToPath(import.meta.url).replace(/\.mjs$/, '.cjs');
const words = process.argv.slice(2);
const command = words.find((word) => !word.startsWith('-'));
const help = words.includes('--help') || words.includes('-h');

if (command !== undefined && help) {
  await import(new URL(`./${basename(bundle, '.cjs')}-split.mjs`, import.meta.url).href);
} else {
  runCached();
}

function runCached() {
  const cache = cacheFile();
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    // No cache yet: this run writes one.
  }
  // ASCII (scripts/build.mjs checks): Latin-1 reads it as is, without UTF-8's decoding.
  const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), {
    filename: bundle,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so it holds every function the run compiled; only a run that succeeded
    // writes it (an early failure would leave a cache without the command's code).
    process.once('exit', (code) => {
      if (code === 0) writeQuietly(cache, script.createCachedData());
    });
  }
  const module = new Module(bundle);
  module.filename = bundle;
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/**
 * One cache per command (and one for the top-level help), because a cache holds what the run that
 * wrote it compiled. The script's size and mtime name its build: V8 checks only the source's length.
 */
function cacheFile() {
  const { size, mtimeMs } = statSync(bundle);
  const key = `${basename(bundle, '.cjs')}-${size}-${Math.round(mtimeMs)}-${(command ?? 'main').replace(/\W/g, '_')}${help ? '-help' : ''}`;
  return join(dirname(bundle), '.v8-cache', `${key}.bin`);
}

function writeQuietly(path, data) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Renamed into place: CLIs started together (tests) never read half a file.
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch {
    // A read-only install runs without a cache.
  }
}
