import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDuration, registerWorldCommand } from '../../../src/cli/world-command.js';
import { type CliRun, runCli } from '../../support/cli.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';

type Run = CliRun;

/** Runs `npm run world -- …` as an operator does (slow: a whole process), against the test Redis. */
function spawnWorld(prefix: string, args: string[]): Promise<Run> {
  return runCli(['world', ...args], { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix });
}

/** The same command in this process, its environment stubbed, its output captured. */
async function runWorld(prefix: string, args: string[]): Promise<Run> {
  vi.stubEnv('REDIS_URL', testRedisUrl());
  vi.stubEnv('REDIS_PREFIX', prefix);
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const program = new Command('trip-planner').exitOverride();
  registerWorldCommand(program);
  try {
    await program.parseAsync(['world', ...args], { from: 'user' });
    return { code: Number(process.exitCode ?? 0), stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('npm run world', () => {
  it('parses durations in minutes, hours and days', () => {
    expect(parseDuration('6h')).toBe(6);
    expect(parseDuration('6')).toBe(6);
    expect(parseDuration('90m')).toBe(1.5);
    expect(parseDuration('2d')).toBe(48);
    expect(parseDuration('1.5H')).toBe(1.5);
    expect(parseDuration('-6h')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('advances, injects, shows and clears the shared world clock', async () => {
    const prefix = uniquePrefix('world');
    expect(await runWorld(prefix, ['advance', '6h'])).toEqual({
      code: 0,
      stdout: 'hours: 6 (drift epoch 1)\n',
      stderr: '',
    });
    expect((await runWorld(prefix, ['advance', '90m'])).stdout).toBe('hours: 7.5 (drift epoch 1)\n');
    const change = { kind: 'stay-sold-out', city: 'Seattle', stayName: 'Loft' };
    expect(await runWorld(prefix, ['inject', JSON.stringify(change)])).toMatchObject({
      code: 0,
      stdout: `${JSON.stringify(change)}\n`,
    });
    expect((await runWorld(prefix, ['show'])).stdout).toBe(
      `hours: 7.5 (drift epoch 1)\nchanges: 1\n  ${JSON.stringify(change)}\n`,
    );
    expect((await runWorld(prefix, ['clear'])).stdout).toBe('cleared 1 change\n');
    expect((await runWorld(prefix, ['show'])).stdout).toBe('hours: 7.5 (drift epoch 1)\nchanges: 0\n');
  });

  it('exits 2 naming the problem with a change or a duration', async () => {
    const prefix = uniquePrefix('world');
    const bad = await runWorld(prefix, ['inject', '{"kind":"fare","flightNumber":"AS1","factor":-2}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Invalid world change:[\s\S]*factor/);
    expect(await runWorld(prefix, ['inject', '{kind:'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not JSON/),
    });
    expect(await runWorld(prefix, ['advance', 'soon'])).toMatchObject({ code: 2 });
    expect(JSON.parse((await runWorld(prefix, ['show', '--json'])).stdout)).toEqual({
      hours: 0,
      epoch: 0,
      changes: [],
    });
  });

  it('runs as `npm run world` with REDIS_URL and REDIS_PREFIX from the environment', async () => {
    const prefix = uniquePrefix('world');
    await runWorld(prefix, ['advance', '30h']);
    const shown = await spawnWorld(prefix, ['show', '--json']);
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual({ hours: 30, epoch: 5, changes: [] });
  });
});
