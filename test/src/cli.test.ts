import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../tools/domain/plan.schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI as a user does (`npm run plan -- …` runs exactly this) and waits for it to exit. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'plan', ...args], {
      cwd: ROOT,
      env: { ...process.env, OPENAI_API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ISSUE_EXAMPLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

describe('npm run plan', () => {
  it('--json prints only a Plan that passes every check, within budget, with no flight', async () => {
    const { code, stdout, stderr } = await runCli([ISSUE_EXAMPLE, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = Plan.parse(JSON.parse(stdout));
    expect(plan.validation.passed).toBe(true);
    expect(plan.cost.total).toBeLessThanOrEqual(4000);
    expect(plan.legs.every((l) => l.mode !== 'flight')).toBe(true);
    expect(plan.models.intake).toBe('offline-policy/1');
  });

  it('prints a readable plan with a progress line per agent step', async () => {
    const { code, stdout, stderr } = await runCli([ISSUE_EXAMPLE, '--seed', '7']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/› flights +round 1: calls ground_transport/);
    expect(stderr).toMatch(/✓ itinerary +round \d: submit_itinerary/);
    expect(stdout).toMatch(/^Day 5 · 2027-03-07 · .+ → Seattle$/m);
    expect(stdout).toMatch(/world: sandbox\(seed=7\)/);
  });

  it('exits 2 naming what is missing when the request cannot be understood', async () => {
    const { code, stdout, stderr } = await runCli(['somewhere warm please', '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/missing: origin, destination, startDate, days/);
  });

  it('exits 3 naming the budget when the trip cannot be afforded', async () => {
    const { code, stderr } = await runCli([ISSUE_EXAMPLE.replace('$4,000', '$250')]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/cheapest complete plan .* costs \$[\d,]+ .* over the budget of \$250/);
  });

  it('takes scripted answers to its questions', async () => {
    const { code, stdout } = await runCli([
      '3 days in Nashville for 2, June 4-6 2027, $2,500',
      '--answer',
      'from Chicago',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(Plan.parse(JSON.parse(stdout)).spec.origin).toBe('Chicago');
  });
});
