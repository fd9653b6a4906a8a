// Compiles src, graphs, agents and tools to dist/ (tsc -p tsconfig.build.json), lays beside the
// JavaScript the files it reads at run time, and bundles the CLI (dist/cli.mjs), so every process
// runs with plain `node` and no run-time transpiler. Plain JavaScript because it must run before
// anything is compiled.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
/** Written after every build; a source newer than it means dist/ is stale. */
export const STAMP = join(DIST, '.build-stamp');
/** What the build compiles or copies; a change to any of these makes dist/ stale. */
export const SOURCE_DIRS = ['src', 'graphs', 'agents', 'tools'];
export const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/**
 * Entry points also bundled into one file with their packages: the CLI starts about 2.5× faster
 * that way (one file to parse instead of ~1,000 modules to resolve and load). The service keeps
 * tsc's output: some of its packages (pino transports, the API's UI assets) load files by path
 * relative to their own module, which a bundle would move.
 */
export const BUNDLES = { 'src/cli/main.ts': join(DIST, 'cli.mjs') };

/** The JavaScript to run for a TypeScript entry point. */
export function compiledPath(entry) {
  return BUNDLES[entry] ?? join(DIST, entry.replace(/\.ts$/, '.js'));
}

/**
 * In a bundle every module's `import.meta.url` would be the bundle's; ours open files relative to
 * their own source file (sandbox data, web/dist), so each gets its source file's URL back,
 * written relative to the bundle so the tree may move.
 */
function sourceUrlPlugin(outDir) {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.split(sep).includes('node_modules')) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const fromBundle = relative(outDir, args.path).split(sep).join('/');
        const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * CommonJS packages that read their own files through `__dirname` (time-zone files, package.json)
 * get their real directory, found from the bundle's location, as in an unbundled run.
 */
function packageDirnamePlugin(outDir) {
  return {
    name: 'package-dirname',
    setup(build) {
      build.onLoad({ filter: /node_modules.*\.(c?js)$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(text)) return undefined;
        const fromBundle = relative(outDir, args.path).split(sep).join('/');
        // No import.meta here: it would make esbuild take the file for an ES module.
        const file = `require('node:path').join(__bundleDir, ${JSON.stringify(fromBundle)})`;
        const prelude = `var __filename = ${file}; var __dirname = require('node:path').dirname(__filename);\n`;
        return { contents: prelude + text, loader: 'js' };
      });
    },
  };
}

/** Bundles one entry point (a path under the root) with its packages into `outfile`. */
export async function bundleEntry(entry, outfile) {
  // Imported here: the launcher loads this file on every start and needs esbuild only to build.
  const esbuild = await import('esbuild');
  const outDir = dirname(outfile);
  await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [sourceUrlPlugin(outDir), packageDirnamePlugin(outDir)],
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
        "const __bundleDir = require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url));",
      ].join(' '),
    },
  });
}

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
export async function build({ allowTypeErrors = false } = {}) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 && !(allowTypeErrors && existsSync(DIST))) return result.status ?? 1;
  copyRuntimeAssets();
  for (const [entry, outfile] of Object.entries(BUNDLES)) await bundleEntry(entry, outfile);
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
  process.exitCode = await build();
}
