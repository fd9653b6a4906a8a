import { describe, expect, it } from 'vitest';
import { Plan } from '../../tools/domain/plan.schema.js';
import { runCli } from '../support/cli.js';

/** Runs `npm run plan -- <text> --json` as a user does and returns the Plan it prints. */
async function planJson(text: string): Promise<{ code: number | null; plan: Plan | null; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['plan', text, '--json']);
  return { code, stderr, plan: code === 0 ? Plan.parse(JSON.parse(stdout)) : null };
}

const cities = (p: Plan) => p.days.map((d) => (d.fromCity === null ? d.city : `${d.fromCity} → ${d.city}`));

describe('npm run plan: trips as people take them', () => {
  it('plans a one-way trip with no leg home', async () => {
    const { code, plan, stderr } = await planJson(
      'one-way from Denver to Boston, leaving 9 April 2027, staying a week, 2 people, budget $6,000',
    );
    expect(code, stderr).toBe(0);
    expect(plan!.spec.tripType).toBe('one-way');
    expect(plan!.legs.map((l) => [l.from, l.to])).toEqual([['Denver', 'Boston']]);
    expect(cities(plan!).at(-1)).toBe('Boston');
    expect(plan!.validation.passed).toBe(true);
  });

  it('plans an open-jaw trip home to another city', async () => {
    const { code, plan, stderr } = await planJson(
      '6 days from New York to London, then fly home to Boston, leaving 9 April 2027, 2 people, budget $9,000',
    );
    expect(code, stderr).toBe(0);
    expect(plan!.spec).toMatchObject({ tripType: 'open-jaw', returnTo: 'Boston' });
    expect(plan!.legs.at(-1)).toMatchObject({ day: 6, from: 'London', to: 'Boston' });
    expect(plan!.validation.passed).toBe(true);
  });

  it('plans three named European cities in order for the nights given', async () => {
    const { code, plan, stderr } = await planJson(
      'Madrid for 3 nights, then Barcelona for 2 nights, then Lisbon for 2 nights, from London, leaving 9 April 2027, 2 people, budget $9,000',
    );
    expect(code, stderr).toBe(0);
    expect(plan!.route).toEqual({ cities: ['Madrid', 'Barcelona', 'Lisbon'], nights: [3, 2, 2] });
    expect(plan!.validation.passed).toBe(true);
  });

  it('plans two weeks in one big city', async () => {
    const { code, plan, stderr } = await planJson(
      'two weeks in Paris from London, leaving 9 April 2027, 2 people, budget $15,000',
    );
    expect(code, stderr).toBe(0);
    expect(plan!.days).toHaveLength(14);
    expect(plan!.validation.passed).toBe(true);
  });
});
