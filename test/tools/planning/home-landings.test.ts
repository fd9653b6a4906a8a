import { describe, expect, it } from 'vitest';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import type { Hop } from '../../../tools/planning/planning.types.js';
import { hopTransport, indexHopOptions } from '../../../tools/planning/transport-options.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

/** Convenience of each flight of Osaka → Sydney on 2027-04-21, for a spec and a trip day. */
async function scores(spec: TripSpec, day: number): Promise<Map<string, number>> {
  const hop: Hop = { from: 'Osaka', to: 'Sydney', date: '2027-04-21', day } as Hop;
  const flights = await world.searchFlights(hop);
  const { options } = hopTransport(spec, hop, indexHopOptions([{ hop, flights, trains: [], ground: [] }]));
  return new Map(
    options.map((o) => [o.leg.mode === 'flight' ? o.leg.flight.flightNumber : o.id, o.convenience]),
  );
}

describe('an evening landing at home wastes no day of the trip', () => {
  it('scores the 07:35 home to Sydney, landing 19:16, about as the dearer 06:25 landing at 17:58', async () => {
    const base = {
      startDate: '2027-04-01',
      days: 21,
      travellers: 2,
      budget: { amount: 8000, currency: 'USD' },
    };
    const home = await scores(
      TripSpec.parse({ ...base, origin: 'Sydney', destination: { kind: 'city', city: 'Osaka' } }),
      21,
    );
    const away = await scores(
      TripSpec.parse({ ...base, origin: 'Osaka', destination: { kind: 'city', city: 'Sydney' } }),
      1,
    );
    // Landing at 19:16 in a city to visit loses the evening there; at home it does not.
    expect(home.get('MM7167')!).toBeGreaterThan(away.get('MM7167')! + 0.1);
    expect(Math.abs(home.get('MM7167')! - home.get('JL112')!)).toBeLessThan(0.01);
    // Landing home past 22:00 still costs the night's sleep.
    expect(home.get('NH7755')!).toBeLessThan(home.get('MM7167')! - 0.1);
  });

  it('flies a couple Minneapolis → Chicago for a weekend rather than 13 hours at the wheel', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'Minneapolis',
      destination: { kind: 'city', city: 'Chicago' },
      startDate: '2027-02-12',
      days: 3,
      travellers: 2,
      budget: { amount: 1500, currency: 'USD' },
    });
    expect(draft.legs.map((l) => l.mode)).toEqual(['flight', 'flight']);
    expect(validation.passed).toBe(true);
  });
});
