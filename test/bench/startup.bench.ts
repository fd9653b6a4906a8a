/**
 * The CLI's own start-up, run the way `npm run plan` runs it but without npm's start-up (~0.4 s):
 * `node scripts/run-compiled.mjs src/cli/main.ts plan …` (the launcher's up-to-date check, then
 * the bundle), beside the bundle alone and a bare `node -e 0`, so the launcher's and node's shares
 * show. Wall time and CPU (user + sys, from the shell's `times`: less swayed by a busy machine)
 * min/median/max over --runs runs, after one unmeasured round (the first run of a command writes
 * its code cache). Several --root trees (e.g. a clean export of an older commit, built) run in turn
 * within each round, so a loaded machine weighs on all of them alike.
 * Run: npm run bench:startup [-- --runs 10 --root /tmp/before --root .]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    root: { type: 'string', multiple: true },
  },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs must be a positive integer, got ${values.runs}`);
const ROOTS = (values.root ?? [REPO]).map((root) => resolve(root));
const PLAN = '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500';
const CASES: { name: string; args: string[] }[] = [
  { name: 'node -e 0 (node itself)', args: ['-e', '0'] },
  { name: 'bundle: plan --help', args: ['dist/cli.mjs', 'plan', '--help'] },
  { name: 'launcher: plan --help', args: ['scripts/run-compiled.mjs', 'src/cli/main.ts', 'plan', '--help'] },
  { name: 'launcher: --help', args: ['scripts/run-compiled.mjs', 'src/cli/main.ts', '--help'] },
  {
    name: 'launcher: offline 3-day plan',
    args: ['scripts/run-compiled.mjs', 'src/cli/main.ts', 'plan', PLAN],
  },
];

/** One run: wall ms, and CPU ms from the shell's `times` (its children's user and sys). */
function runOnce(root: string, args: string[]): { wallMs: number; cpuMs: number } {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const start = performance.now();
  const result = spawnSync('/bin/bash', ['-c', `${quoted} >/dev/null 2>&1 || exit 99; times`], {
    cwd: root,
    env: { ...process.env, OPENAI_API_KEY: '' },
    encoding: 'utf8',
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in ${root} (${result.status})`);
  // `times` prints the shell's own user/sys, then its children's: "0m0.450s 0m0.060s".
  const children = result.stdout.trim().split('\n').at(-1) ?? '';
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, [, m, s]) => sum + (Number(m) * 60 + Number(s)) * 1000,
    0,
  );
  return { wallMs, cpuMs };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

for (const root of ROOTS) {
  if (!existsSync(resolve(root, 'scripts/run-compiled.mjs')))
    throw new Error(`${root}: no scripts/run-compiled.mjs`);
  // Built first, so every measured run finds dist/ up to date (a rebuild is not start-up).
  execFileSync(process.execPath, ['scripts/run-compiled.mjs', 'src/cli/main.ts', '--help'], {
    cwd: root,
    stdio: 'ignore',
  });
}
const samples = new Map<string, { wallMs: number; cpuMs: number }[]>();
const load = loadavg()[0] ?? 0;
for (let round = -1; round < RUNS; round++) {
  for (const { name, args } of CASES) {
    for (const root of ROOTS) {
      const run = runOnce(root, args);
      const key = `${root}\0${name}`;
      if (round >= 0) samples.set(key, [...(samples.get(key) ?? []), run]);
    }
  }
}
console.log(
  `CLI start-up, ${RUNS} runs each, node ${process.version}; load average ${load.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
);
for (const root of ROOTS) {
  console.log(`\n${root}`);
  console.log(`${'case'.padEnd(32)} wall min / median / max (s)   CPU min / median / max (s)`);
  const spread = (xs: number[]) =>
    [Math.min(...xs), median(xs), Math.max(...xs)].map((s) => s.toFixed(2)).join(' / ');
  for (const { name } of CASES) {
    const runs = samples.get(`${root}\0${name}`) ?? [];
    const walls = spread(runs.map((r) => r.wallMs / 1000));
    console.log(`${name.padEnd(32)} ${walls.padEnd(28)} ${spread(runs.map((r) => r.cpuMs / 1000))}`);
  }
}
