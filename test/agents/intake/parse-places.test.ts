import { describe, expect, it } from 'vitest';
import type { Destination } from '../../../tools/domain/trip-spec.schema.js';
import { parse, worldGazetteer } from './fixtures.js';

const city = (name: string): Destination => ({ kind: 'city', city: name });
const region = (name: string, cityCount: number): Destination => ({
  kind: 'region',
  region: name,
  cityCount,
});
const WHEN = 'March 3-7 2027, 2 people';

describe('parseTripRequest: origin and destination (TravelPlanner gazetteer)', () => {
  it.each([
    ['A trip from Seattle to Denver', 'Seattle', city('Denver')],
    [
      'Starting in Nashville, we would like to cover 2 cities in Pennsylvania',
      'Nashville',
      region('Pennsylvania', 2),
    ],
    ['Setting off from Indianapolis to explore 3 cities in Colorado', 'Indianapolis', region('Colorado', 3)],
    ['Departing from Atlanta and heading to Chattanooga', 'Atlanta', city('Chattanooga')],
    ['A plan departing Gulfport and heading to Charlotte', 'Gulfport', city('Charlotte')],
    ['Leaving Boston for Miami', 'Boston', city('Miami')],
    ['We are based in Denver and want to visit Austin', 'Denver', city('Austin')],
    ['We live in Atlanta; a trip to Savannah', 'Atlanta', city('Savannah')],
    ['Seattle to Portland', 'Seattle', city('Portland')],
    ['From St. Petersburg to Rockford', 'St. Petersburg', city('Rockford')],
    ['from St Petersburg to Rockford', 'St. Petersburg', city('Rockford')],
    ['From Salt Lake City to Las Vegas', 'Salt Lake City', city('Las Vegas')],
    ['With Seattle as the starting point and Denver as the destination', 'Seattle', city('Denver')],
    ['Nashville will be our starting point for a trip to Miami', 'Nashville', city('Miami')],
    [
      'Starting point: Nashville, destination Pennsylvania (2 cities)',
      'Nashville',
      region('Pennsylvania', 2),
    ],
    ['There are six of us starting our trip in Nashville, off to Miami', 'Nashville', city('Miami')],
    ['From Nashville to Pennsylvania, where we will visit 2 cities', 'Nashville', region('Pennsylvania', 2)],
    ['A 3-city tour of Colorado from Indianapolis', 'Indianapolis', region('Colorado', 3)],
    ['From San Luis Obispo to Charlotte Amalie', 'San Luis Obispo', city('Charlotte Amalie')],
    ["From Martha's Vineyard to Boston", "Martha's Vineyard", city('Boston')],
    ["Leaving Seattle's airport for Kansas City", 'Seattle', city('Kansas City')],
    ['from new york to 2 cities in new york', 'New York', region('New York', 2)],
    ['Visit Denver from Kansas City', 'Kansas City', city('Denver')],
    ['A trip to Washington from Seattle', 'Seattle', city('Washington')],
    ['3 cities in Washington state from Denver', 'Denver', region('Washington', 3)],
    ['Fly to Denver and back to Chicago', 'Chicago', city('Denver')],
    ['From Denver through three cities in Texas', 'Denver', region('Texas', 3)],
    ['A tour of two Texan cities from Denver', 'Denver', region('Texas', 2)],
    ['From Denver, 3 Colorado cities', 'Denver', region('Colorado', 3)],
    ['From Denver to 2 cities in CA', 'Denver', region('California', 2)],
    ['From Denver to one city in Utah', 'Denver', region('Utah', 1)],
    ['We like to bend the rules: from Denver to Austin', 'Denver', city('Austin')],
    ['From Denver heading to Texas to visit 3 cities', 'Denver', region('Texas', 3)],
    ['Going from Denver to Florida, covering two cities', 'Denver', region('Florida', 2)],
    ['From Seattle to Oregon to visit Portland', 'Seattle', city('Portland')],
    ["I'm in Portland, Oregon and want to see Seattle", 'Portland', city('Seattle')],
    ['From Portland, OR to Seattle', 'Portland', city('Seattle')],
  ])('%s', (where, origin, destination) => {
    const { draft } = parse(`${where}, ${WHEN}.`);
    expect(draft.origin).toBe(origin);
    expect(draft.destination).toEqual(destination);
  });

  it('chooses the city count by days for a region named without one, with a warning', () => {
    for (const [days, count] of [
      [3, 1],
      [5, 2],
      [8, 3],
    ] as const) {
      const { draft, warnings } = parse(`A road trip around Oregon from Seattle, ${days} days.`);
      expect(draft.destination).toEqual(region('Oregon', count));
      expect(warnings.join(' ')).toMatch(/names Oregon but not how many cities/);
    }
  });

  it('caps the city count at five', () => {
    const { draft, warnings } = parse(`From Denver to 8 cities in Texas, ${WHEN}.`);
    expect(draft.destination).toEqual(region('Texas', 5));
    expect(warnings.join(' ')).toMatch(/planning 5/);
  });

  it('plans several named destination cities as a route, in the order written', () => {
    const { draft } = parse(`From Houston, visit Dallas and Austin, ${WHEN}.`);
    expect(draft).toMatchObject({
      origin: 'Houston',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Dallas', nights: null },
          { city: 'Austin', nights: null },
        ],
      },
    });
  });
});

describe('parseTripRequest: origin and destination (world gazetteer)', () => {
  it.each([
    ['Flying from New York to Paris', 'New York', city('Paris')],
    ['From London to 3 cities in Japan', 'London', region('Japan', 3)],
    ['Zurich to Rio de Janeiro', 'Zürich', city('Rio de Janeiro')],
    ['From Sao Paulo to Kyoto', 'São Paulo', city('Kyoto')],
    ['A tour of two Italian cities from Paris', 'Paris', region('Italy', 2)],
    ['From Winston-Salem to Edinburgh', 'Winston-Salem', city('Edinburgh')],
  ])('%s', (where, origin, destination) => {
    const { draft } = parse(`${where}, ${WHEN}.`, worldGazetteer);
    expect(draft.origin).toBe(origin);
    expect(draft.destination).toEqual(destination);
  });
});

describe('parseTripRequest: missing essentials stay null, with warnings', () => {
  it('has no origin when none is named', () => {
    const { draft, warnings } = parse("I'd like to visit Denver for 5 days with my wife.");
    expect(draft).toMatchObject({
      origin: null,
      destination: city('Denver'),
      days: 5,
      startDate: null,
      travellers: 2,
    });
    expect(warnings).toEqual(
      expect.arrayContaining(['No starting city was found.', 'No start date was found.']),
    );
  });

  it('has no destination or dates when only the origin is given', () => {
    const { draft, warnings } = parse('From Boston, 2 people, $3,000.');
    expect(draft).toMatchObject({ origin: 'Boston', destination: null, startDate: null, days: null });
    expect(warnings).toEqual(
      expect.arrayContaining([
        'No destination was found.',
        'No start date was found.',
        'The trip length was not found.',
      ]),
    );
  });

  it('takes two cities joined by "and" as the places visited, and asks only where the trip starts', () => {
    const { draft, warnings } = parse('Paris and Rome, 10 days in June, 2 people.', worldGazetteer);
    expect(draft.origin).toBeNull();
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Paris', nights: null },
        { city: 'Rome', nights: null },
      ],
    });
    expect(warnings).toContain('No starting city was found.');
    // Two cities with only a comma between them may be where it starts and where it goes: asked.
    expect(parse('Paris, Rome, 10 days in June, 2 people.', worldGazetteer).draft.destination).toBeNull();
    // Joined by "&" to a place the trip goes to, the first goes there too (it was dropped unsaid).
    expect(parse('Kyoto & Osaka for a week in May, 2 people.', worldGazetteer).draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Kyoto', nights: null },
        { city: 'Osaka', nights: null },
      ],
    });
  });

  it('never guesses whether a lone city is the origin', () => {
    const { draft, warnings } = parse('Seattle, 5 days, 2 people.');
    expect(draft).toMatchObject({ origin: null, destination: null });
    expect(warnings[0]).toMatch(/Seattle is mentioned, but not whether the trip starts or ends there/);
  });

  it('reads a state abbreviation only where a region is expected ("JUST ME" is no trip to Maine)', () => {
    expect(parse('FROM SEATTLE, JUST ME, 5 DAYS.').draft.destination).toBeNull();
  });

  it('names an unknown starting city', () => {
    const { draft, warnings } = parse('From Springfield to Denver, June 3-7 2027.');
    expect(draft).toMatchObject({ origin: null, destination: city('Denver') });
    expect(warnings).toContain('The starting city "Springfield" is not a known city.');
  });

  it('does not take a region for the origin', () => {
    const { draft, warnings } = parse('From Texas to Denver, June 3-7 2027.');
    expect(draft.origin).toBeNull();
    expect(warnings).toContain('Texas is a region, not a city; the trip needs a starting city.');
  });

  it('returns an empty draft for text that is no trip request', () => {
    const { draft, warnings } = parse('Hello there!');
    expect(draft).toMatchObject({
      origin: null,
      destination: null,
      startDate: null,
      days: null,
      travellers: 1,
    });
    expect(warnings.length).toBeGreaterThanOrEqual(4);
  });
});
