import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicTrip } from '../../../src/trips/trip.schema.js';
import { type CliRun, runCli } from '../../support/cli.js';
import { testRedis } from '../../support/redis.js';
import { waitForStatus } from '../../support/trips.js';
import { startApiAndWorker } from './support/api-and-worker.js';
import { type ApiHarness, postJson } from './support/api-harness.js';

let api: ApiHarness;
let close: () => Promise<void>;
let blocking: Redis;
let auth: Record<string, string>;

beforeAll(async () => {
  ({ api, close } = await startApiAndWorker());
  ({ auth } = await api.keyFor('acme'));
  blocking = testRedis();
});

afterAll(async () => {
  blocking.disconnect();
  await close();
});

/** Dates relative to the server's clock, which is the API's "today". */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function settle(text: string, statuses: PublicTrip['status'][]): Promise<PublicTrip> {
  const submitted = await postJson(`${api.url}/v1/trips`, { text }, auth);
  expect(submitted.status).toBe(202);
  const { id } = (await submitted.json()) as { id: string };
  await waitForStatus(api.events, blocking, id, statuses);
  return (await (await fetch(`${api.url}/v1/trips/${id}`, { headers: auth })).json()) as PublicTrip;
}

async function intakeLines(tripId: string): Promise<string[]> {
  const events = await api.events.range(tripId);
  return events.flatMap(({ event }) =>
    event.type === 'node' && event.node === 'intake' ? [event.message] : [],
  );
}

describe('what the request was understood as, through the API', () => {
  it('needs_input: a start in the past is the question, naming the date and the problem', async () => {
    const today = isoDaysFromToday(0);
    const trip = await settle('3 days from Seattle to Portland, starting 2024-06-03, 2 people', [
      'needs_input',
      'failed',
    ]);
    expect(trip.status).toBe('needs_input');
    const message = `the trip starts on 2024-06-03, which is in the past (today is ${today})`;
    expect(trip.question?.problems).toEqual([{ field: 'startDate', message }]);
    expect(trip.question?.question).toMatch(/^The trip starts on 2024-06-03, which is in the past/);
    expect(trip.question?.question).toContain('Please tell me when the trip starts.');
  });

  it('needs_input: an end before the start is the question, naming both dates', async () => {
    const trip = await settle('from Seattle to Portland, 2027-06-10 to 2027-06-03, 2 people', [
      'needs_input',
      'failed',
    ]);
    expect(trip.status).toBe('needs_input');
    const message = 'The trip ends (2027-06-03) before it starts (2027-06-10); please check the dates.';
    expect(trip.question?.problems).toEqual([{ field: 'days', message }]);
    expect(trip.question?.question).toMatch(/^The trip ends \(2027-06-03\) before it starts \(2027-06-10\)/);
  });

  it('needs_input: the question says which words were not understood', async () => {
    const trip = await settle(`3 days from Seattle to Xyzzyville, starting ${isoDaysFromToday(60)}`, [
      'needs_input',
      'failed',
    ]);
    expect(trip.status).toBe('needs_input');
    expect(trip.question?.missing).toEqual(['destination']);
    expect(trip.question?.warnings?.join(' ')).toMatch(/Xyzzyville/);
    expect(trip.question?.question).toMatch(/Please tell me where you want to go.*Xyzzyville/);
  });

  it('completed: notes and warnings on the plan, and in the events line by line', async () => {
    const trip = await settle(`3 days from Seattle to Portland, starting ${isoDaysFromToday(60)}, 2 people`, [
      'completed',
      'failed',
    ]);
    expect(trip.status).toBe('completed');
    const spec = trip.plan?.spec;
    if (!spec) throw new Error('no plan');
    const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    expect(await intakeLines(trip.id)).toEqual([
      `understood the request: ${counted(spec.notes.length, 'note')}, ${counted(spec.warnings.length, 'warning')}`,
      ...spec.notes.map((n) => `note: ${n}`),
      ...spec.warnings.map((w) => `warning: ${w}`),
    ]);
  });
});

/** `npm run plan -- --server …` as a user runs it, with the key in TRIP_API_KEY. */
function planOnServer(args: string[], key: string): Promise<CliRun> {
  return runCli(['plan', '--server', api.url, ...args], { TRIP_API_KEY: key });
}

describe('plan --server', () => {
  it("exits 2 with the server's question and its problems as the one JSON document", async () => {
    const { key } = await api.keyFor('acme');
    const { code, stdout } = await planOnServer(
      ['--json', '3 days from Seattle to Portland, starting 2024-06-03, 2 people'],
      key,
    );
    expect(code).toBe(2);
    const error = JSON.parse(stdout) as {
      exitCode: number;
      error: string;
      tripId: string;
      question: { problems: { field: string }[] };
    };
    expect(error.exitCode).toBe(2);
    expect(error.error).toMatch(
      /^Cannot plan yet: The trip starts on 2024-06-03, which is in the past .*\(to check: startDate\) \(trip trp_/,
    );
    expect(error.question.problems.map((p) => p.field)).toEqual(['startDate']);
  });
});
