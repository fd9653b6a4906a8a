import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT as ROOT, runNode } from '../support/cli.js';

let dir: string;
let bundle: string;

// The CLI as `npm run plan` runs it: one esbuild bundle (scripts/build.mjs), here written to a
// directory of its own, so the paths it opens must be right wherever the bundle lies.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tp-bundle-'));
  bundle = join(dir, 'cli.mjs');
  const built = await runNode([
    '--input-type=module',
    '-e',
    "const { bundleEntry } = await import('./scripts/build.mjs'); await bundleEntry('src/cli/main.ts', process.argv[1]);",
    bundle,
  ]);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
}, 120_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the bundled CLI (dist/cli.mjs)', () => {
  it('plans offline and writes an .ics with time zones read from the package files', async () => {
    const ics = join(dir, 'trip.ics');
    const { code, stdout, stderr } = await runNode([
      bundle,
      'plan',
      '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
      '--json',
      '--ics',
      ics,
    ]);
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).days).toHaveLength(3);
    // @touch4it/ical-timezones reads its zone files through __dirname.
    expect(await readFile(ics, 'utf8')).toContain('BEGIN:VTIMEZONE');
  });

  it('keeps V8 code caches beside the bundle, one per command, and plans alike from one', async () => {
    // (A command's own help, as `keys --help` below, runs the split bundle and keeps no cache.)
    const request = ['plan', '2 days from Boston to New York, May 3-4 2027, 1 person', '--json'];
    const first = await runNode([bundle, ...request, '--today', '2027-01-10']);
    expect(first.code).toBe(0);
    expect((await runNode([bundle, '--help'])).code).toBe(0);
    const caches = await readdir(join(dir, '.v8-cache'));
    expect(caches.filter((f) => f.endsWith('-plan.bin'))).toHaveLength(1);
    expect(caches.filter((f) => f.endsWith('-main-help.bin'))).toHaveLength(1);
    const cached = await runNode([bundle, ...request, '--today', '2027-01-10']);
    expect(cached.stderr).toBe(first.stderr);
    expect(cached.stdout).toBe(first.stdout);
  });

  it('plans a TravelPlanner query: the city set is read from beside its source module', async () => {
    const input = join(dir, 'one.jsonl');
    const [first] = (await readFile(join(ROOT, 'test/fixtures/travelplanner/samples.jsonl'), 'utf8')).split(
      '\n',
    );
    await writeFile(input, `${first}\n`);
    const { code, stderr, stdout } = await runNode([
      bundle,
      'bench-quality',
      '--input',
      input,
      '--out',
      join(dir, 'plans.jsonl'),
    ]);
    expect(stderr).not.toMatch(/ENOENT|Error/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/passes every check|fails/);
  });

  it('help lists every command; a command on its own shows its help', async () => {
    const help = await runNode([bundle, '--help']);
    expect(help.code).toBe(0);
    for (const command of ['plan', 'evaluate', 'bench-quality', 'keys', 'world'])
      expect(help.stdout).toContain(command);
    const keys = await runNode([bundle, 'keys', '--help']);
    expect(keys.code).toBe(0);
    expect(keys.stdout).toContain('create');
  });
});
