import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { Plan } from '../../tools/domain/plan.schema.js';
import { runCli } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const runPlan = (args: string[]) => runCli(['plan', ...args]);

describe('npm run plan -- … --ics <file>', () => {
  it('writes the plan as an iCalendar file that a standard parser reads back, event for event', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tp-ics-'));
    dirs.push(dir);
    const file = join(dir, 'trip.ics');
    const { code, stdout, stderr } = await runPlan([
      '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
      '--json',
      '--ics',
      file,
    ]);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`calendar written to ${file}`);
    const plan = Plan.parse(JSON.parse(stdout));
    const root = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const meals = plan.days.reduce((n, d) => n + [d.breakfast, d.lunch, d.dinner].filter(Boolean).length, 0);
    const sights = plan.days.reduce((n, d) => n + d.sights.length, 0);
    expect(events).toHaveLength(plan.legs.length + plan.stays.length + meals + sights);
    // Chicago and Nashville are both on Central time: every timed event says so.
    const zones = new Set(events.map((e) => e.component.getFirstProperty('dtstart')?.getParameter('tzid')));
    expect(zones).toEqual(new Set(['America/Chicago']));
    const outbound = plan.legs[0];
    const first = events.find((e) => e.summary.includes(`${outbound?.from} → ${outbound?.to}`));
    expect(first?.startDate.toString().slice(0, 10)).toBe(
      outbound?.mode === 'flight' ? outbound.flight.date : plan.days[0]?.date,
    );
  });
});
