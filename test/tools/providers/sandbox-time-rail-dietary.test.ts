import { describe, expect, it } from 'vitest';
import { servesDietaryNeeds } from '../../../tools/domain/dietary.js';
import { greatCircleKm } from '../../../tools/domain/geo.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const elapsed = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 60_000;

describe('sandbox time zones', () => {
  it('gives every city its IANA time zone', () => {
    for (const city of getGazetteer().cities) {
      expect(city.info.timeZone, city.info.name).toMatch(/^[A-Za-z_]+\/[A-Za-z_/-]+$/);
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: city.info.timeZone! })).not.toThrow();
    }
  });

  it('flies London → Tokyo on local clocks, landing the next day, in a great-circle time', async () => {
    const date = '2027-04-09';
    const flights = await world.searchFlights({ from: 'London', to: 'Tokyo', date });
    expect(flights.length).toBeGreaterThan(0);
    const gazetteer = getGazetteer();
    const km = greatCircleKm(gazetteer.resolve('London')!.hub, gazetteer.resolve('Tokyo')!.hub);
    // The usual rule of thumb: about 800 km/h over the great circle plus 40 minutes of taxi,
    // climb and descent.
    const estimate = (km / 800) * 60 + 40;
    for (const f of flights) {
      expect(f.departureZone).toBe('Europe/London');
      expect(f.arrivalZone).toBe('Asia/Tokyo');
      // British Summer Time at departure, Japan Standard Time at arrival.
      expect(f.departureAt).toBe(`${date}T${f.departureTime}+01:00`);
      expect(f.arrivalAt).toBe(`${f.arrivalDate}T${f.arrivalTime}+09:00`);
      expect(elapsed(f.departureAt!, f.arrivalAt!)).toBe(f.durationMinutes);
      expect(Math.abs(f.durationMinutes - estimate)).toBeLessThanOrEqual(30);
      // Tokyo's clock is 8 hours ahead: leaving any time after 06:00 lands the next local day.
      expect(f.arrivalDate).toBe('2027-04-10');
      const localGap = minutes(f.arrivalTime) + 24 * 60 - minutes(f.departureTime);
      expect(localGap).toBe(f.durationMinutes + 8 * 60);
    }
  });

  it('lands westbound flights earlier on the local clock than the time flown', async () => {
    const [f] = await world.searchFlights({ from: 'New York', to: 'Los Angeles', date: '2027-01-15' });
    expect(f!.departureAt).toMatch(/-05:00$/);
    expect(f!.arrivalAt).toMatch(/-08:00$/);
    expect(minutes(f!.arrivalTime) - minutes(f!.departureTime)).toBe(f!.durationMinutes - 180);
  });

  it('offers a red-eye besides day flights on some long routes', async () => {
    const flights = await world.searchFlights({ from: 'Los Angeles', to: 'New York', date: '2027-04-09' });
    const overnight = flights.filter((f) => f.arrivalDate !== f.date);
    expect(overnight.length).toBe(1);
    expect(flights.length - overnight.length).toBeGreaterThanOrEqual(2);
    expect(minutes(overnight[0]!.departureTime)).toBeGreaterThanOrEqual(22 * 60);
  });
});

describe('sandbox trains', () => {
  it('runs timetabled trains on real networks, with local times and fares', async () => {
    for (const [from, to] of [
      ['Paris', 'Lyon'],
      ['London', 'Paris'],
      ['Tokyo', 'Kyoto'],
      ['New York', 'Washington'],
      ['Madrid', 'Barcelona'],
    ] as const) {
      const trains = await world.searchTrains({ from, to, date: '2027-05-12' });
      expect(trains.length, `${from} → ${to}`).toBeGreaterThanOrEqual(3);
      const departures = trains.map((t) => t.departureTime);
      expect(departures).toEqual([...departures].sort());
      for (const t of trains) {
        expect(t.from).toBe(from);
        expect(t.arrivalDate).toBe(t.date);
        expect(elapsed(t.departureAt, t.arrivalAt)).toBe(t.durationMinutes);
        expect(t.price).toBeGreaterThanOrEqual(12);
        expect(t.durationMinutes).toBeLessThan(8 * 60);
      }
    }
  });

  it('crosses the Channel only by Eurostar, an hour later on the Paris clock', async () => {
    const [t] = await world.searchTrains({ from: 'London', to: 'Paris', date: '2027-05-12' });
    expect(t!.operator).toBe('Eurostar');
    expect(minutes(t!.arrivalTime) - minutes(t!.departureTime)).toBe(t!.durationMinutes + 60);
    expect(await world.searchTrains({ from: 'Edinburgh', to: 'Amsterdam', date: '2027-05-12' })).toEqual([]);
  });

  it.each([
    // [from, to, operator, hours by timetable (real ones within about half an hour)]
    ['Seattle', 'Portland', 'Amtrak Cascades', 3.5],
    ['Los Angeles', 'San Diego', 'Amtrak Pacific Surfliner', 2.8],
    ['San Francisco', 'Sacramento', 'Amtrak Capitol Corridor', 2],
    ['Chicago', 'Milwaukee', 'Amtrak Midwest', 2],
    ['Toronto', 'Montreal', 'VIA Rail', 5.5],
    ['New York', 'Montreal', 'Amtrak Empire Service', 11.6],
    ['Beijing', 'Shanghai', 'China Railway Fuxing', 4.6],
    ['Delhi', 'Jaipur', 'Indian Railways Shatabdi', 4.3],
    ['Santa Fe', 'Albuquerque', 'New Mexico Rail Runner Express', 1.7],
  ] as const)('runs the trains people take from %s to %s (%s)', async (from, to, operator, hours) => {
    const trains = await world.searchTrains({ from, to, date: '2027-05-12' });
    expect(trains.length).toBeGreaterThan(0);
    expect(trains[0]?.operator).toBe(operator);
    expect((trains[0]?.durationMinutes ?? 0) / 60).toBeCloseTo(hours, 0);
  });

  it('has no trains across oceans, too far apart, or off the networks', async () => {
    const date = '2027-05-12';
    expect(await world.searchTrains({ from: 'London', to: 'New York', date })).toEqual([]);
    expect(await world.searchTrains({ from: 'Lisbon', to: 'Berlin', date })).toEqual([]);
    expect(await world.searchTrains({ from: 'Denver', to: 'Boulder', date })).toEqual([]);
  });

  it('keeps the timetable from day to day while fares move', async () => {
    const a = await world.searchTrains({ from: 'Tokyo', to: 'Osaka', date: '2027-05-12' });
    const b = await world.searchTrains({ from: 'Tokyo', to: 'Osaka', date: '2027-05-14' });
    expect(b.map((t) => [t.trainNumber, t.departureTime])).toEqual(
      a.map((t) => [t.trainNumber, t.departureTime]),
    );
    expect(b.map((t) => t.price)).not.toEqual(a.map((t) => t.price));
  });
});

describe('sandbox dietary tags', () => {
  it('tags kitchens honestly: curry houses mostly vegetarian, steakhouses hardly ever', async () => {
    const all = (
      await Promise.all(getGazetteer().infos.map((c) => world.searchRestaurants({ city: c.name })))
    ).flat();
    const share = (cuisine: string, need: 'vegetarian' | 'halal') => {
      // Single-cuisine kitchens: a BBQ place that also cooks Indian may well be vegetarian.
      const list = all.filter((r) => r.cuisines.length === 1 && r.cuisines[0] === cuisine);
      return list.filter((r) => servesDietaryNeeds(r, [need])).length / list.length;
    };
    expect(share('Indian', 'vegetarian')).toBeGreaterThan(0.7);
    expect(share('BBQ', 'vegetarian')).toBeLessThan(0.3);
    expect(share('Moroccan', 'halal')).toBeGreaterThan(0.6);
    expect(all.some((r) => r.dietary.includes('kosher'))).toBe(true);
    expect(all.filter((r) => r.dietary.includes('gluten-free')).length / all.length).toBeGreaterThan(0.15);
  });

  it('lets a vegan party eat three different places a day for a week in every city', async () => {
    for (const city of getGazetteer().infos) {
      const restaurants = await world.searchRestaurants({ city: city.name });
      const vegan = restaurants.filter((r) => servesDietaryNeeds(r, ['vegan']));
      expect(vegan.length, city.name).toBeGreaterThanOrEqual(3);
      expect(
        restaurants.filter((r) => servesDietaryNeeds(r, ['vegetarian'])).length,
        city.name,
      ).toBeGreaterThanOrEqual(6);
    }
  });

  it('gives a big city enough restaurants for a month without a repeat inside three days', async () => {
    // Three meals a day, none repeated within 3 days: 9 distinct places suffice, for vegetarians too.
    const restaurants = await world.searchRestaurants({ city: 'Paris' });
    expect(restaurants.length).toBeGreaterThanOrEqual(27);
    expect(restaurants.filter((r) => servesDietaryNeeds(r, ['vegetarian'])).length).toBeGreaterThanOrEqual(9);
  });
});
