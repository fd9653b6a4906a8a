import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

// Habits of typed requests found in a blind round (today is 2026-12-07, a Monday); the whole
// requests are in test/fixtures/understanding/*-11.jsonl.
const read = (text: string) => readInSandbox(text).draft;

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

describe('where the trip starts, goes and ends, said in passing', () => {
  it('"get out of Boston … thinking Montreal"', () => {
    const draft = read('me and my roommate want to get out of Boston for a bit, were thinking Montreal');
    expect([draft.origin, draft.destination]).toEqual(['Boston', { kind: 'city', city: 'Montreal' }]);
  });

  it('"thinking Austin to Denver" is still a leg from Austin', () => {
    expect(read("we're thinking Austin to Denver, 4 nights").origin).toBe('Austin');
  });

  it('"I\'ll already be in Chicago" is the start; "fly home to Denver" ends the trip elsewhere', () => {
    const draft = read(
      "I'll already be in Chicago for work, want to do Milwaukee then Minneapolis after, and fly home to Denver",
    );
    expect([draft.origin, draft.tripType, draft.returnTo]).toEqual(['Chicago', 'open-jaw', 'Denver']);
  });

  it('"fly home from Madrid to Toronto" is the way home, and "spend like 4 nights" a stay', () => {
    const draft = read(
      'fly Toronto to Barcelona, spend like 4 nights, then train to Madrid for 3, then we fly home from Madrid to Toronto',
    );
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Barcelona', nights: 4 },
        { city: 'Madrid', nights: 3 },
      ],
    });
    expect(draft.travellers).toBe(1);
  });

  it('"don\'t need to come back" is a one-way trip', () => {
    expect(
      read("start in Chicago, go to Denver, then end in Salt Lake City - don't need to come back").tripType,
    ).toBe('one-way');
  });

  it('"leaving the 30th and coming back New Year\'s Day" ends on the holiday', () => {
    const draft = read('Boston to Montreal, leaving the 30th and coming back new years day');
    expect([draft.startDate, draft.days]).toEqual(['2026-12-30', 3]);
  });
});

describe('money counted in the currency of home', () => {
  it('an amount with no currency from an Australian start is in Australian dollars', () => {
    const draft = read('me and 3 mates from Brisbane are keen on Bali for 10 days, budget about 2k each');
    expect(draft.budget).toEqual({ amount: 8000, currency: 'AUD' });
    expect(draft.warnings.join(' ')).toMatch(/assuming AUD/);
  });

  it('from a US start it stays US dollars', () => {
    expect(read('Chicago to Denver, 3 nights, budget 1500').budget).toEqual({
      amount: 1500,
      currency: 'USD',
    });
  });
});

describe('second round', () => {
  it('short day names between the dates of a range', () => {
    const draft = read('NYC\u2192Chicago, Fri 1/15 \u2013 Mon 1/18');
    expect([draft.startDate, draft.days]).toEqual(['2027-01-15', 4]);
  });

  it('a price per person and per day is multiplied by both', () => {
    expect(read('Chicago to Denver for 2, $250/person/day, 4 days').budget?.amount).toBe(2000);
    expect(read('Chicago to Denver for 2, $250 per day per person, 4 days').budget?.amount).toBe(2000);
    expect(read('Chicago to Denver for 2, $250 per day, 4 days').budget?.amount).toBe(1000);
  });

  it('"Budget? Maybe 1200" answers its own question', () => {
    expect(read('Boston to Miami 3 nights. Budget? Maybe 1200ish').budget).toEqual({
      amount: 1200,
      currency: 'USD',
    });
  });

  it('"the grandkids (3 of them) … just me and grandpa"', () => {
    const draft = read('taking the grandkids (3 of them) from Phoenix to San Diego, just me and grandpa');
    expect(draft.travellers).toBe(5);
    expect(draft.constraints.houseRules).toEqual([]);
  });

  it('"fly home from Venice to Boston" ends the trip in Boston', () => {
    const draft = read(
      'Fly to Rome from NYC, train to Florence, then Venice, and fly home from Venice to Boston',
    );
    expect([draft.tripType, draft.returnTo]).toEqual(['open-jaw', 'Boston']);
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: ['Rome', 'Florence', 'Venice'].map((city) => ({ city, nights: null })),
    });
  });
});

describe('third round', () => {
  it('a dash beside a budget is punctuation, not a minus', () => {
    expect(read('Budget is tight \u2014 600 max \u2014 Austin to Dallas for 2 nights').budget).toEqual({
      amount: 600,
      currency: 'USD',
    });
    expect(read('Austin to Dallas, budget: -500').problems.map((p) => p.field)).toEqual(['budget']);
  });

  it('a counted group of peers plus a counted few', () => {
    expect(read("we are 4 friends + 1 friend's sister, Boston to Montreal").travellers).toBe(5);
    expect(read("we're 4 friends + 2 kids, Boston to Montreal").travellers).toBe(6);
  });

  it('the start again at the end of an arrow chain is the way home', () => {
    const draft = read('LA -> Vegas -> Phoenix -> LA road trip, 7 days');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: ['Las Vegas', 'Phoenix'].map((city) => ({ city, nights: null })),
    });
  });
});
