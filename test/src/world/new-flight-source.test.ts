import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createWorld } from '../../../src/world/create-world.js';
import { flightsFromSource } from '../../../src/world/flights-from-source.js';
import { KIND_SOURCES, WHOLE_WORLDS } from '../../../src/world/world-sources.js';
import { createRealSources } from '../../../tools/providers/real/real-sources.js';
import type { FlightSource } from '../../../tools/providers/sources/flights.source.js';
import type { Attribution } from '../../../tools/providers/sources/source-common.schema.js';
import { type RealSourceFakes, startRealSourceFakes } from '../../support/real-source-fakes.js';

const ACME: Attribution = { source: 'acme', text: 'Fares by Acme', licence: null, url: null };

// The README's recipe: a new flight source is a FlightSource plus one line in the registry. Here
// the "new" source is any FlightSource (the Duffel adapter against its loopback fake, renamed).
describe('a new flight source: one FlightSource and one registry line', () => {
  let fakes: RealSourceFakes;
  let source: FlightSource;
  beforeAll(async () => {
    fakes = await startRealSourceFakes();
    source = createRealSources(fakes.settings({ geo: 'table', fx: 'builtin' })).duffel().flights;
  });
  afterAll(() => fakes.close());

  it('plans flights from it, credited, with every other kind still the sandbox', async () => {
    const sources = {
      kinds: {
        ...KIND_SOURCES,
        flights: { ...KIND_SOURCES.flights, acme: (ctx) => flightsFromSource(ctx, source, [ACME]) },
      } satisfies typeof KIND_SOURCES,
      worlds: WHOLE_WORLDS,
    };
    const config = { ...loadConfig({ FX: 'builtin' }), FLIGHTS: 'acme' };
    const world = createWorld(config, { sources });
    expect(world.name).toBe('flights=acme rest=sandbox(seed=1)');
    expect(world.attributions).toEqual([ACME]);
    const flights = await world.searchFlights({
      from: 'London',
      to: 'Paris',
      date: '2027-05-01',
      travellers: 2,
    });
    expect(flights.length).toBeGreaterThan(0);
    for (const flight of flights) expect([flight.from, flight.to]).toEqual(['London', 'Paris']);
    expect(fakes.servers.duffel.requests.length).toBeGreaterThan(0);
    expect((await world.searchStays({ city: 'Paris' })).length).toBeGreaterThan(0);
  });
});
