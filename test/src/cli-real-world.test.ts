import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Plan } from '../../tools/domain/plan.schema.js';
import { runCli } from '../support/cli.js';
import { SCENARIO_REQUEST, startTripWorldFakes, type TripWorldFakes } from '../support/trip-world-fakes.js';

/** One CLI run starts tsx and plans a trip against six loopback services: ~20 s on a loaded 2-core machine. */
const CLI_RUN_MS = 90_000;

/** Runs `npm run plan -- …` as a user does, with the settings that choose the world. */
const runPlan = (args: string[], env: Record<string, string>) => runCli(['plan', ...args], env);

describe('npm run plan with every kind from a real source (loopback fakes, no sandbox)', () => {
  let fakes: TripWorldFakes;
  beforeAll(async () => {
    fakes = await startTripWorldFakes();
  });
  afterAll(() => fakes.close());

  it(
    '--json: a valid plan whose legs, stays, meals and sights all come from Duffel and OpenStreetMap',
    async () => {
      const { code, stdout, stderr } = await runPlan([SCENARIO_REQUEST, '--json'], fakes.env);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const plan = Plan.parse(JSON.parse(stdout));
      expect(plan.validation.passed).toBe(true);
      // Every kind is overridden: the world's name lists the sources and no "rest=sandbox".
      expect(plan.provider).toMatch(/flights=duffel/);
      expect(plan.provider).not.toMatch(/sandbox/);
      expect(plan.legs.length).toBeGreaterThan(0);
      for (const leg of plan.legs) {
        expect(leg.mode).toBe('flight');
        if (leg.mode === 'flight')
          expect(leg.flight).toMatchObject({ source: 'duffel', quoted: { currency: 'GBP' } });
      }
      expect(plan.stays.map((b) => b.stay.source)).toEqual(['duffel']);
      const places = plan.days
        .flatMap((d) => [d.breakfast, d.lunch, d.dinner, ...d.sights])
        .filter((p) => p !== null);
      expect(places.length).toBeGreaterThan(4);
      expect(new Set(places.map((p) => p.source))).toEqual(new Set(['openstreetmap']));
      expect(plan.attributions?.map((a) => a.source).sort()).toEqual([
        'duffel',
        'ecb',
        'open-meteo',
        'openstreetmap',
      ]);
      // The chosen offers were re-priced with Duffel before the plan was final.
      const repriced = fakes.servers.duffel.requests.filter((r) => r.method === 'GET').map((r) => r.path);
      for (const leg of plan.legs)
        if (leg.mode === 'flight') expect(repriced).toContain(`/air/offers/${leg.flight.offerId}`);
    },
    CLI_RUN_MS,
  );

  it(
    'prints the connection, the fare in pounds with its rate, and the credits',
    async () => {
      const { code, stdout } = await runPlan([SCENARIO_REQUEST], fakes.env);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^ {2}travel {5}flight ZZ 1013\/ZZ 1014 Paris 15:00 CET → London 17:25 GMT/m);
      expect(stdout).toMatch(
        /^ {13}via AMS \(50 min\) · fare £200 for 2 at GBP 1 = USD 1\.6 \(ECB reference rate \(Frankfurter\), \d{4}-\d\d-\d\d\) · offer off_scn_\d+ · from duffel$/m,
      );
      expect(stdout).toMatch(/^ {13}€\d+ for the stay at EUR 1 = USD 1\.25 .* · from duffel$/m);
      expect(stdout).toMatch(/^Data: .*OpenStreetMap contributors/m);
      expect(stdout).toMatch(/^Data: .*Open-Meteo/m);
      expect(stdout).toMatch(/world: flights=duffel/);
    },
    CLI_RUN_MS,
  );
});
