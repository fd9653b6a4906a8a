import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Flight, Stay } from '../../../tools/domain/inventory.schema.js';
import type { WorldChange } from '../../../tools/domain/world-change.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { GUARANTEED_FAMILY_HOMES, isFamilyFriendlyHome } from '../../../tools/providers/sandbox/stays.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';
import { createManualTimeline, type WorldTimeline } from '../../../tools/providers/world-timeline.js';
import { describeWorldProviderContract } from './world-provider.contract.js';

const CONTRACT_FIXTURE = {
  city: 'San Francisco',
  flightQuery: { from: 'Seattle', to: 'Los Angeles', date: '2025-06-13' },
  groundPair: { from: 'Seattle', to: 'Portland' },
};
describeWorldProviderContract(
  'sandbox with a timeline at hours 0',
  () => createSandboxWorld({ seed: 7, timeline: createManualTimeline() }),
  CONTRACT_FIXTURE,
);
describeWorldProviderContract(
  'sandbox with a timeline at 30 hours',
  () => createSandboxWorld({ seed: 7, timeline: createManualTimeline({ hours: 30 }) }),
  CONTRACT_FIXTURE,
);

const SEED = 7;
const base = createSandboxWorld({ seed: SEED });
/**
 * The first 78 curated cities, those the digests below were recorded over: cities added later
 * come after them in the gazetteer, so the same sweep also proves their answers did not move.
 */
const FIRST_SET = 78;
const CITIES = base
  .listCities()
  .slice(0, FIRST_SET)
  .map((c) => c.name);
const DATES = ['2025-06-13', '2026-01-02', '2027-03-05'];
/** Flight queries over every city: each to the next, the 7th and the 19th in the gazetteer. */
const FLIGHT_QUERIES = CITIES.flatMap((from, i) =>
  [1, 7, 19].flatMap((step) =>
    DATES.map((date) => ({ from, to: CITIES[(i + step) % CITIES.length]!, date })),
  ),
);

const at = (hours: number, changes: WorldChange[] = []): WorldProvider =>
  createSandboxWorld({ seed: SEED, timeline: createManualTimeline({ hours, changes }) });

async function sweep(world: WorldProvider) {
  const flights: Flight[][] = [];
  for (const query of FLIGHT_QUERIES) flights.push(await world.searchFlights(query));
  const stays: Stay[][] = [];
  const weather = [];
  for (const city of CITIES) {
    stays.push(await world.searchStays({ city }));
    for (const date of DATES) weather.push(await world.weather({ city, date }));
  }
  return { flights, stays, weather };
}

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const byName = <T extends { name: string }>(list: readonly T[]) => new Map(list.map((e) => [e.name, e]));
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe('sandbox world over time', () => {
  it('answers byte for byte as before timelines existed, without one and within the first epoch', async () => {
    // Recorded from the base sandbox (seed 7, the sweep above); re-recorded when flights gained
    // time zones and cities gained luxury stays.
    const before = {
      flights: '69cdc9ec2cb9fd26e574b674e79d47aef12c018846d88ee31f8204cae87ce5b6',
      stays: 'c399ae613b367bbd7216db2570a6ae7354a52eff5943729a551a9cd310c7b519',
      weather: '40606f466daa822fd4c5be46ed5a6281cbacd109e646cd54c4f02a1a839dfe70',
    };
    for (const world of [base, at(0), at(5.9)]) {
      const { flights, stays, weather } = await sweep(world);
      expect({ flights: digest(flights), stays: digest(stays), weather: digest(weather) }).toEqual(before);
    }
  });

  it('is deterministic for a seed across calls, instances and query order', async () => {
    const first = await sweep(at(30));
    expect(await sweep(at(30))).toEqual(first);
    const world = at(30);
    const query = FLIGHT_QUERIES[40]!;
    const stays = await world.searchStays({ city: 'Denver' });
    const flights = await world.searchFlights(query);
    expect(await at(30).searchFlights(query)).toEqual(flights);
    expect(await world.searchStays({ city: 'Denver' })).toEqual(stays);
    expect(
      await createSandboxWorld({ seed: 8, timeline: createManualTimeline({ hours: 30 }) }).searchStays({
        city: 'Denver',
      }),
    ).not.toEqual(stays);
  });

  it('drifts fares, stay prices, availability, schedules and weather after a few epochs, within bounds', async () => {
    const then = await sweep(base);
    const now = await sweep(at(60));
    let fares = 0;
    let moved = 0;
    let cancelled = 0;
    let retimed = 0;
    then.flights.forEach((list, i) => {
      const later = byName(now.flights[i]!.map((f) => ({ ...f, name: f.flightNumber })));
      for (const flight of list) {
        const drifted = later.get(flight.flightNumber);
        if (!drifted) {
          cancelled++;
          continue;
        }
        fares++;
        if (drifted.price !== flight.price) moved++;
        expect(drifted.price / flight.price).toBeGreaterThan(0.6);
        expect(drifted.price / flight.price).toBeLessThan(1.6);
        if (drifted.departureTime === flight.departureTime) continue;
        retimed++;
        const shift = minutes(drifted.departureTime) - minutes(flight.departureTime);
        expect(Math.abs(shift)).toBeGreaterThanOrEqual(5);
        expect(Math.abs(shift)).toBeLessThanOrEqual(90);
        // Local times at each end: the real time between the two instants is the flight's duration.
        const elapsed = (Date.parse(drifted.arrivalAt!) - Date.parse(drifted.departureAt!)) / 60_000;
        expect(elapsed).toBe(flight.durationMinutes);
        expect(drifted.arrivalDate).toBe(flight.arrivalDate);
      }
    });
    const flightCount = fares + cancelled;
    expect(moved / fares).toBeGreaterThan(0.8);
    expect(cancelled / flightCount).toBeGreaterThan(0.002);
    expect(cancelled / flightCount).toBeLessThan(0.03);
    expect(retimed / flightCount).toBeGreaterThan(0.005);
    expect(retimed / flightCount).toBeLessThan(0.05);

    let stays = 0;
    let soldOut = 0;
    then.stays.forEach((list, i) => {
      const later = byName(now.stays[i]!);
      stays += list.length;
      for (const stay of list) {
        const drifted = later.get(stay.name);
        if (!drifted) soldOut++;
        else expect(Math.abs(drifted.pricePerNight / stay.pricePerNight - 1)).toBeLessThan(0.3);
      }
    });
    expect(soldOut / stays).toBeGreaterThan(0.005);
    expect(soldOut / stays).toBeLessThan(0.08);

    const turned = then.weather.filter((outlook, i) => outlook?.summary !== now.weather[i]?.summary).length;
    expect(turned).toBeGreaterThan(0);
    expect(turned / then.weather.length).toBeLessThan(0.3);
  });

  it('never lets drift take a city below its guaranteed family homes', async () => {
    for (const hours of [6, 30, 90, 300, 3000]) {
      const world = at(hours);
      for (const city of CITIES) {
        const family = (await world.searchStays({ city })).filter(isFamilyFriendlyHome);
        expect(family.length, `${city} at ${hours} h`).toBeGreaterThanOrEqual(GUARANTEED_FAMILY_HOMES);
      }
    }
  });

  it('reads the timeline once per flight, stay or weather search, and not for the rest', async () => {
    let reads = 0;
    const inner = createManualTimeline({ hours: 12 });
    const counting: WorldTimeline = {
      read: () => {
        reads++;
        return inner.read();
      },
    };
    const world = createSandboxWorld({ seed: SEED, timeline: counting });
    await world.searchFlights(CONTRACT_FIXTURE.flightQuery);
    await world.searchStays({ city: 'Denver' });
    await world.weather({ city: 'Denver', date: '2025-06-13' });
    expect(reads).toBe(3);
    await world.searchRestaurants({ city: 'Denver' });
    await world.searchSights({ city: 'Denver' });
    await world.groundRoute({ from: 'Denver', to: 'Boulder', mode: 'taxi' });
    await world.searchStays({ city: 'Atlantis-on-Nowhere' });
    expect(reads).toBe(3);
  });

  it('rejects a timeline that reads negative hours', async () => {
    const broken: WorldTimeline = { read: async () => ({ hours: -1, changes: [] }) };
    await expect(createSandboxWorld({ timeline: broken }).searchStays({ city: 'Denver' })).rejects.toThrow(
      /hours must be ≥ 0/,
    );
  });
});

describe('sandbox world: injected changes', () => {
  const query = CONTRACT_FIXTURE.flightQuery;
  const otherDate = { ...query, date: '2025-06-14' };

  it('applies an injected fare factor to that flight, rounded to whole dollars like every fare', async () => {
    const [target, ...rest] = await base.searchFlights(query);
    const change: WorldChange = {
      kind: 'fare',
      flightNumber: target!.flightNumber,
      date: query.date,
      factor: 1.4,
    };
    const [changed, ...others] = await at(0, [change]).searchFlights(query);
    expect(changed).toEqual({ ...target, price: Math.round(target!.price * 1.4) });
    expect(others).toEqual(rest);
    expect(await at(0, [change]).searchFlights(otherDate)).toEqual(await base.searchFlights(otherDate));

    const everyDay = { ...change, date: undefined, flightNumber: target!.flightNumber.toLowerCase() };
    const [tomorrow] = await base.searchFlights(otherDate);
    expect((await at(0, [everyDay]).searchFlights(otherDate))[0]!.price).toBe(
      Math.round(tomorrow!.price * 1.4),
    );
    // Factors compound with each other and with drift.
    const twice = (await at(0, [change, { ...change, factor: 0.5 }]).searchFlights(query))[0]!;
    expect(twice.price).toBe(Math.round(target!.price * 0.7));
    const drifted = (await at(48).searchFlights(query))[0]!;
    const driftedAndInjected = (await at(48, [change]).searchFlights(query))[0]!;
    expect(Math.abs(driftedAndInjected.price - drifted.price * 1.4)).toBeLessThanOrEqual(1);
  });

  it('hides a cancelled flight, and injected cancellations win over an injected retime before them', async () => {
    const flights = await base.searchFlights(query);
    const target = flights[1]!.flightNumber;
    const cancelled: WorldChange = { kind: 'flight-cancelled', flightNumber: target };
    const after = await at(0, [cancelled]).searchFlights(query);
    expect(after.map((f) => f.flightNumber)).toEqual(
      flights.map((f) => f.flightNumber).filter((n) => n !== target),
    );
    expect(await at(0, [{ ...cancelled, date: '2025-06-14' }]).searchFlights(query)).toEqual(flights);
    const retime: WorldChange = {
      kind: 'flight-retimed',
      flightNumber: target,
      departureTime: '07:00',
      arrivalTime: '09:30',
    };
    expect(await at(0, [retime, cancelled]).searchFlights(query)).toEqual(after);
  });

  it('gives a retimed flight the injected times and the duration between them', async () => {
    const [first] = await base.searchFlights(query);
    const retime: WorldChange = {
      kind: 'flight-retimed',
      flightNumber: first!.flightNumber,
      date: query.date,
      departureTime: '21:15',
      arrivalTime: '23:50',
    };
    const after = await at(0, [retime]).searchFlights(query);
    const moved = after.find((f) => f.flightNumber === first!.flightNumber);
    // Each time is local at its own end; the duration is the real time between the two.
    const durationMinutes = (Date.parse(moved!.arrivalAt!) - Date.parse(moved!.departureAt!)) / 60_000;
    expect(moved).toEqual({
      ...first,
      departureTime: '21:15',
      arrivalTime: '23:50',
      durationMinutes,
      departureAt: expect.stringMatching(/T21:15[+-]\d\d:\d\d$/),
      arrivalAt: expect.stringMatching(/T23:50[+-]\d\d:\d\d$/),
      arrivalDate: query.date,
    });
    expect(durationMinutes).toBe(155 - zoneShift(first!));
    // Still a timetable: by departure time.
    const departures = after.map((f) => f.departureTime);
    expect(departures).toEqual([...departures].sort());
  });

  it('hides a sold-out stay, even a guaranteed family home, and reprices another', async () => {
    const stays = await base.searchStays({ city: 'San Francisco' });
    const family = stays.filter(isFamilyFriendlyHome);
    const plain = stays.find((s) => !isFamilyFriendlyHome(s))!;
    const changes: WorldChange[] = [
      ...family.map((s): WorldChange => ({ kind: 'stay-sold-out', city: 'SF', stayName: s.name })),
      { kind: 'stay-price', city: 'san francisco', stayName: plain.name, factor: 1.25 },
    ];
    const after = await at(0, changes).searchStays({ city: 'San Francisco' });
    expect(after.filter(isFamilyFriendlyHome)).toEqual([]);
    expect(after.length).toBe(stays.length - family.length);
    expect(byName(after).get(plain.name)).toEqual({
      ...plain,
      pricePerNight: Math.round(plain.pricePerNight * 1.25),
    });
    expect(await at(0, changes).searchStays({ city: 'Los Angeles' })).toEqual(
      await base.searchStays({ city: 'Los Angeles' }),
    );
  });

  it('turns the weather outlook to an injected condition, overriding the numbers it is given', async () => {
    const date = '2025-06-13';
    const sunny = (await base.weather({ city: 'Los Angeles', date }))!;
    const storm: WorldChange = { kind: 'weather', city: 'LA', date, condition: 'storm' };
    const turned = (await at(0, [storm]).weather({ city: 'Los Angeles', date }))!;
    expect(turned).toMatchObject({ highC: sunny.highC, lowC: sunny.lowC, precipitationChance: 0.9 });
    expect(turned.summary).toMatch(/thunderstorms, 90% chance of rain$/);
    expect(await at(0, [storm]).weather({ city: 'Los Angeles', date: '2025-06-14' })).toEqual(
      await base.weather({ city: 'Los Angeles', date: '2025-06-14' }),
    );
    const snow: WorldChange = {
      kind: 'weather',
      city: 'Los Angeles',
      condition: 'snow',
      precipitationChance: 0.6,
    };
    const cold = (await at(0, [storm, snow]).weather({ city: 'Los Angeles', date }))!;
    expect(cold.highC).toBeLessThanOrEqual(1);
    expect(cold.lowC).toBeLessThanOrEqual(cold.highC);
    expect(cold.summary).toMatch(/snowfall, 60% chance of snow$/);
  });
});

/** Minutes the arrival clock runs ahead of the departure clock for a flight (0 in one zone). */
function zoneShift(flight: Flight): number {
  const offset = (iso: string): number => {
    const m = /([+-])(\d\d):(\d\d)$/.exec(iso)!;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  };
  return offset(flight.arrivalAt!) - offset(flight.departureAt!);
}
