import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../tools/domain/plan.schema.js';
import { runCli } from '../support/cli.js';

/** Runs `npm run plan -- …` as a user does and waits for it to exit. */
const runPlan = (args: string[], env: Record<string, string> = {}) => runCli(['plan', ...args], env);

const ISSUE_EXAMPLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

describe('npm run plan', () => {
  it('--json prints only a Plan that passes every check, within budget, with no flight', async () => {
    const { code, stdout, stderr } = await runPlan([ISSUE_EXAMPLE, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = Plan.parse(JSON.parse(stdout));
    expect(plan.validation.passed).toBe(true);
    expect(plan.cost.total).toBeLessThanOrEqual(4000);
    expect(plan.legs.every((l) => l.mode !== 'flight')).toBe(true);
    expect(plan.models.intake).toBe('offline-policy/1');
  });

  it('prints a readable plan with a progress line per agent step', async () => {
    const { code, stdout, stderr } = await runPlan([ISSUE_EXAMPLE, '--seed', '7']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/› flights +round 1: calls .*ground_transport/);
    expect(stderr).toMatch(/· intake +understood the request: \d+ notes?, \d+ warnings?$/m);
    expect(stderr).toMatch(/✓ itinerary +round \d: submit_itinerary/);
    expect(stdout).toMatch(/^Day 5 · 2027-03-07 · .+ → Seattle$/m);
    expect(stdout).toMatch(/world: sandbox\(seed=7\)/);
  });

  it('exits 2 naming what is missing when the request cannot be understood; --json prints the question as JSON', async () => {
    const { code, stdout, stderr } = await runPlan(['somewhere warm please', '--json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing: origin, destination, startDate, days/);
    const error = JSON.parse(stdout) as { exitCode: number; error: string; question: { missing: string[] } };
    expect(error.exitCode).toBe(2);
    expect(error.error).toMatch(/^Cannot plan yet: Please tell me where you are starting from/);
    expect(error.question.missing).toEqual(['origin', 'destination', 'startDate', 'days']);
  });

  it('exits 3 naming the budget once; --json prints {exitCode, error, reason} as the one document', async () => {
    const { code, stdout, stderr } = await runPlan([ISSUE_EXAMPLE.replace('$4,000', '$250'), '--json']);
    expect(code).toBe(3);
    const error = JSON.parse(stdout) as { exitCode: number; reason: string };
    expect(error.exitCode).toBe(3);
    expect(error.reason).toMatch(/cheapest complete plan .* costs \$[\d,]+ .* over the budget of \$250/);
    expect(stderr.split(error.reason).length - 1).toBe(1);
  });

  it('takes options before the request, and scripted answers to its questions', async () => {
    const { code, stdout } = await runPlan([
      '--json',
      '--answer',
      'from Chicago',
      '3 days in Nashville for 2, June 4-6 2027, $2,500',
    ]);
    expect(code).toBe(0);
    expect(Plan.parse(JSON.parse(stdout)).spec.origin).toBe('Chicago');
  });
});

describe('npm run plan refuses what cannot be planned: exit 2 with the message', () => {
  const REQUEST = ['3 days from Chicago to Nashville', '--today', '2026-12-07', '--json'];

  async function refused(options: string[], message: string) {
    const { code, stdout, stderr } = await runPlan([...REQUEST, ...options]);
    expect(code).toBe(2);
    expect(stderr).toBe(`Cannot plan this request: ${message}\n`);
    expect(JSON.parse(stdout)).toMatchObject({ exitCode: 2, error: `Cannot plan this request: ${message}` });
  }

  it('a party of 0 or of 10,000', async () => {
    await refused(['--travellers', '0'], '--travellers: a trip needs at least 1 traveller, not 0 (1–20)');
    await refused(
      ['--travellers', '10000'],
      '--travellers: a party of 10,000 is more than we can plan (1–20)',
    );
  });

  it('a budget that is no finite positive amount: 0, 1e308, a 400-digit number', async () => {
    const upTo = '--budget: the budget must be a positive amount up to 1,000,000,000, not';
    await refused(['--budget', '0'], `${upTo} 0`);
    await refused(['--budget', '1e308'], `${upTo} 1e+308`);
    await refused(['--budget', `1${'0'.repeat(400)}`], `${upTo} a number too large to read`);
  });

  it('a start in the past or more than 2 years ahead of --today', async () => {
    await refused(
      ['--start', '1999-05-03'],
      '--start: the trip starts on 1999-05-03, which is in the past (today is 2026-12-07)',
    );
    await refused(
      ['--start', '2029-01-01'],
      '--start: the trip starts on 2029-01-01, more than 2 years ahead (the latest start is 2028-12-06)',
    );
  });

  it('a trip longer than 60 days', async () => {
    await refused(['--days', '61'], '--days: a trip of 61 days is longer than we can plan (1–60)');
  });

  it('an end before the start is asked about, naming both dates', async () => {
    const { code, stdout } = await runPlan([
      '3 days from Chicago to Nashville, June 10 to June 3 2027, 2 people',
      '--today',
      '2026-12-07',
      '--json',
    ]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).question.problems).toEqual([
      {
        field: 'days',
        message: 'The trip ends (2027-06-03) before it starts (2027-06-10); please check the dates.',
      },
    ]);
  });

  it('a start in the past written in the words is asked about, naming the date', async () => {
    const { code, stderr } = await runPlan([
      '3 days from Chicago to Nashville, June 4-6 2024',
      '--today',
      '2026-12-07',
      '--json',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'Cannot plan yet: The trip starts on 2024-06-04, which is in the past (today is 2026-12-07). ' +
        'Please tell me when the trip starts. (to check: startDate)\n' +
        '  understood: Read the dates as 2024-06-04 for 3 days (to 2024-06-06).\n',
    );
  });
});

describe('npm run plan fails in one line with the documented exit code', () => {
  it('an unknown option → exit 2, with --json as a JSON error', async () => {
    const { code, stdout, stderr } = await runPlan(['--bogus', 'x', '--json']);
    expect(code).toBe(2);
    expect(stderr).toBe("unknown option '--bogus'\n");
    expect(JSON.parse(stdout)).toEqual({ exitCode: 2, error: "unknown option '--bogus'" });
  });

  it('a broken setting → exit 2 naming it, no stack trace', async () => {
    const { code, stderr } = await runPlan(['3 days from Chicago to Nashville'], { REDIS_URL: 'http://x' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Invalid configuration: .*REDIS_URL\n$/);
  });

  it('an API that cannot be reached → exit 1, one line, no stack trace', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const server = `http://127.0.0.1:${port}`;
    const { code, stdout, stderr } = await runPlan(
      ['3 days from Chicago to Nashville, June 4-6 2027', '--server', server, '--json'],
      { TRIP_API_KEY: 'tpk_test' },
    );
    expect(code).toBe(1);
    const line = `cannot reach the API at ${server}: connection refused (ECONNREFUSED)`;
    expect(stderr).toBe(`${line}\n`);
    expect(JSON.parse(stdout)).toEqual({ exitCode: 1, error: line });
  });

  it('--server without TRIP_API_KEY → exit 2 saying to set it (the key never goes on the command line)', async () => {
    const { code, stderr } = await runPlan(['3 days', '--server', 'http://127.0.0.1:3000']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--server needs an API key: set TRIP_API_KEY/);
    expect((await runPlan(['3 days', '--api-key', 'tpk_x'])).code).toBe(2);
  });
});
