// Compiles src, graphs, agents and tools to dist/ (tsc -p tsconfig.build.json), lays beside the
// JavaScript the files it reads at run time, and bundles the CLI (dist/cli.mjs, which runs
// dist/cli.cjs), so every process runs with plain `node` and no run-time transpiler. Plain
// JavaScript because it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES, DIST, ROOT, SOURCE_DIRS, STAMP, sourcePaths } from './build-stamp.mjs';

export {
  BUNDLES,
  compiledPath,
  DIST,
  isStale,
  ROOT,
  SOURCE_DIRS,
  SOURCE_FILES,
  STAMP,
} from './build-stamp.mjs';

/**
 * In a bundle every module's `import.meta.url` would be the bundle's (and a CommonJS bundle has
 * none); ours open files relative to their own source file (sandbox data, web/dist), so each gets
 * its source file's URL back, written relative to the bundle so the tree may move (`__bundleUrl`
 * is in every file's banner).
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
        const url = `__bundleUrl(${JSON.stringify(fromBundle)})`;
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
        const file = `require('node:path').join(__bundleDir, ${JSON.stringify(fromBundle)})`;
        const prelude = `var __filename = ${file}; var __dirname = require('node:path').dirname(__filename);\n`;
        return { contents: prelude + text, loader: 'js' };
      });
    },
  };
}

/** What every file of a bundle starts with: `require`, and the bundle's directory and URLs. */
const BANNERS = {
  // Strict, as every module was in ES module form (CommonJS packages included, wrapped in one).
  cjs: [
    "'use strict';",
    'const __bundleDir = __dirname;',
    "const __bundleUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(__dirname, path)).href;",
  ],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  esm: [
    "import { createRequire as __createRequire } from 'node:module';",
    'const require = __createRequire(import.meta.url);',
    "const __bundleDir = require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url));",
    'const __bundleUrl = (path) => new URL(path, import.meta.url).href;',
  ],
};

/**
 * Bundles one entry point (a path under the root) with its packages twice beside `outfile`, and
 * makes `outfile` the loader that picks one (scripts/bundle-loader.mjs):
 * - `<name>.cjs`, one CommonJS script run with V8's code cache (kept in `.v8-cache/` beside it):
 *   a command's run deserialises compiled code instead of parsing ~5 MB and compiling every
 *   function it calls again; what it never calls costs the reading of its bytes.
 * - `<name>-split.mjs` with chunks (`<name>-split-<module>-<hash>.mjs`) split at each `import()`:
 *   a command's own help reads the ~1 MB it needs, less than the whole script's bytes and cache.
 * Every file lies in `outfile`'s directory, so the URLs the plugins write resolve from any of them.
 */
export async function bundleEntry(entry, outfile) {
  // Imported here: the launcher loads this file on every start and needs esbuild only to build.
  const esbuild = await import('esbuild');
  const outDir = dirname(outfile);
  const name = basename(outfile).replace(/\.mjs$/, '');
  // Chunks of an earlier build would pile up (their names change with their content), and caches
  // of an older script would only be rejected.
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir))
    if (file.startsWith(`${name}-`) && file.endsWith('.mjs')) rmSync(join(outDir, file));
  rmSync(join(outDir, '.v8-cache'), { recursive: true, force: true });
  const common = {
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [sourceUrlPlugin(outDir), packageDirnamePlugin(outDir)],
  };
  await esbuild.build({
    ...common,
    outfile: join(outDir, `${name}.cjs`),
    format: 'cjs',
    // No comments (licences go to <name>.cjs.LEGAL.txt): 30% fewer bytes to read, and only ASCII
    // (esbuild escapes the rest in code), which the loader reads as Latin-1, 2.5× faster than UTF-8.
    minifyWhitespace: true,
    legalComments: 'external',
    banner: { js: BANNERS.cjs.join(' ') },
  });
  const script = readFileSync(join(outDir, `${name}.cjs`));
  const nonAscii = script.findIndex((byte) => byte > 0x7f);
  if (nonAscii >= 0)
    throw new Error(`${name}.cjs has a non-ASCII byte at ${nonAscii}: the loader reads it as Latin-1`);
  await esbuild.build({
    ...common,
    outdir: outDir,
    entryNames: `${name}-split`,
    chunkNames: `${name}-split-[name]-[hash]`,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
    banner: { js: BANNERS.esm.join(' ') },
  });
  cpSync(join(ROOT, 'scripts', 'bundle-loader.mjs'), outfile);
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
  writeFileSync(STAMP, `${JSON.stringify(sourcePaths())}\n`);
  return result.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await build();
}
