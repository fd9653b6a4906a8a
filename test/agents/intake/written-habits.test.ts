import { describe, expect, it } from 'vitest';
import { type Gazetteer, parseTripRequest } from '../../../agents/intake/parse-request.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';

// Habits of typed requests found in a blind round (today is 2026-12-07, a Monday); the whole
// requests are in test/fixtures/understanding/*-11.jsonl.
const world = getGazetteer();
const sandbox: Gazetteer = {
  cities: world.cities.map((c) => ({ ...c.info, aliases: c.curated.aliases ?? [] })),
  regions: world.regions,
};
const read = (text: string) => parseTripRequest(text, sandbox, { today: '2026-12-07' }).draft;

describe('places people name without the gazetteer name', () => {
  it('"NY" alone is the city', () => {
    expect(read('NY to London 1 week').origin).toBe('New York');
  });

  it("a state code after a town the world does not know stays that town's state", () => {
    expect(read('Albany, NY to Miami').origin).toBeNull();
    expect(read('Baton Rouge, LA to Boston').origin).toBeNull();
  });

  it('a state code after a known city in a list is the next stop', () => {
    expect(read('San Diego, LA, Santa Barbara, from Phoenix').destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'San Diego', nights: null },
        { city: 'Los Angeles', nights: null },
        { city: 'Santa Barbara', nights: null },
      ],
    });
  });

  it('an airport named rather than coded is its city', () => {
    expect(read('Heathrow to Barcelona 4 nights').origin).toBe('London');
    expect(read("flying out of O'Hare to Denver").origin).toBe('Chicago');
  });
});

describe('dates written loosely', () => {
  it('a day name beside a day of the month picks the month where they agree', () => {
    const draft = read('Denver to Austin, Thurs the 14th thru Sun the 17th');
    expect([draft.startDate, draft.days]).toEqual(['2027-01-14', 4]);
  });

  it('"-ish" after a day keeps the day', () => {
    const draft = read('Reykjavik from NYC, Jan 8th-ish to 15th-ish');
    expect([draft.startDate, draft.days]).toEqual(['2027-01-08', 8]);
  });

  it('a holiday is the occasion when the days around it are written out', () => {
    const draft = read('Xmas in Paris!! flying out of NYC the 22nd, back on the 29th');
    expect([draft.startDate, draft.days]).toEqual(['2026-12-22', 8]);
  });

  it('a holiday alone still times the trip', () => {
    expect(read('Christmas in Paris, from NYC, 5 days').startDate).toBe('2026-12-25');
  });

  it("a pasted list's lines do not run into each other", () => {
    const draft = read('- from: Chicago\n- to: Denver\n- dates: Feb 12-15\n- people: 2');
    expect([draft.startDate, draft.days, draft.travellers]).toEqual(['2027-02-12', 4, 2]);
  });
});

describe('parties described by who they are', () => {
  it('"their husbands" are as many as the group named before', () => {
    expect(read('me and my 3 brothers and their wives, Chicago to Vegas').travellers).toBe(7);
    expect(read('me and my 2 sisters and their husbands, Chicago to Vegas').travellers).toBe(5);
  });

  it('"them" in a list with the writer is the pair named before', () => {
    const text =
      "a trip for my parents' 40th - it'll be them, me, my brother and his wife and their twins - Philadelphia to Charleston";
    expect(read(text).travellers).toBe(7);
  });

  it('"my son (he\'s 7)" is a child under 10', () => {
    expect(read("me and my son (he's 7), Denver to San Diego").constraints.houseRules).toEqual([
      'children under 10',
    ]);
  });
});
