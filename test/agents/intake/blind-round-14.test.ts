import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

// Misreads found by blind rounds (the whole requests are in test/fixtures/understanding/*-14.jsonl).
const read = (text: string) => readInSandbox(text).draft;

describe('national parks planned from the town at their gate', () => {
  it('Yellowstone and Grand Teton from Jackson, Wyoming', () => {
    const yellowstone = read('road trip to Yellowstone from Denver, 5 days from June 3, 2 of us');
    expect(yellowstone.destination).toEqual({ kind: 'city', city: 'Jackson' });
    expect(read('Grand Teton hiking from Chicago, 5 days from June 3').destination).toEqual({
      kind: 'city',
      city: 'Jackson',
    });
  });

  it('Joshua Tree from Palm Springs, Lake Louise from Calgary, Glacier from Bozeman', () => {
    expect(read('Joshua Tree from LA, 3 days from June 3').destination).toEqual({
      kind: 'city',
      city: 'Palm Springs',
    });
    expect(read('Lake Louise from Toronto, 5 days from Aug 2').destination).toEqual({
      kind: 'city',
      city: 'Calgary',
    });
    expect(read('Glacier National Park from Seattle, 4 days from July 20').destination).toEqual({
      kind: 'city',
      city: 'Bozeman',
    });
  });
});

describe("a name after 'my kids', 'my wife' and the like is a person's", () => {
  it('children named after "my kids" are no stops', () => {
    const draft = read('Seattle with my kids Charlotte and Jack, from Denver, 4 days from Mar 3');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Seattle' });
    expect(draft.warnings.join(' ')).not.toContain('Jack');
    expect(
      read('Denver with my kids Austin and Savannah, from Chicago, 4 days from Mar 3').destination,
    ).toEqual({
      kind: 'city',
      city: 'Denver',
    });
  });

  it('a place after the names, or after "in", stays a place', () => {
    expect(read('me and my wife Savannah, Boston to Nashville, 3 days from Apr 9').origin).toBe('Boston');
    expect(read('visiting my daughter in Austin from Boston, 3 days from Mar 3').destination).toEqual({
      kind: 'city',
      city: 'Austin',
    });
  });
});

describe('where the trip starts, beside a way home or a route inside a country', () => {
  it('"home on 9/24 from Florence" is the way home from the last stop, not the start', () => {
    const draft = read("we're flying Atlanta to Rome on 9/14 and home on 9/24 from Florence, 2 ppl, 8000");
    expect(draft.origin).toBe('Atlanta');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Rome', nights: null },
        { city: 'Florence', nights: null },
      ],
    });
    expect(draft.budget).toEqual({ amount: 8000, currency: 'USD' });
  });

  it('"through Vietnam from Hanoi to Ho Chi Minh City … from Sydney" starts in Sydney', () => {
    const draft = read(
      'a 3 week backpacking trip through vietnam from Hanoi to Ho Chi Minh City starting Jan 5 2027 from Sydney, 1 person',
    );
    expect(draft.origin).toBe('Sydney');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Hanoi', nights: null },
        { city: 'Ho Chi Minh City', nights: null },
      ],
    });
  });
});

describe('comfort and pace said in everyday words', () => {
  it('"comfortable", "comfortable hotel", "nice hotel" ask for mid-range stays', () => {
    expect(read('comfortable hotel, 4 days in Paris from London from Mar 3').preferences.comfort).toBe(
      'mid-range',
    );
    expect(read('comfortable, 4 days in Paris from London from Mar 3').preferences.comfort).toBe('mid-range');
    expect(read('nice hotel in Rome from NYC, 5 days from May 3').preferences.comfort).toBe('mid-range');
    expect(read('comfortable shoes, Rome from NYC, 5 days from May 3').preferences.comfort).toBeNull();
  });

  it('"fine dining" is read: food among the interests, and a warning unless the trip is luxury', () => {
    const plain = read('Paris from Chicago, 5 days from May 3, we love fine dining');
    expect(plain.preferences.interests).toContain('food');
    expect(plain.warnings.join(' ')).toContain('fine dining');
    const luxury = read('luxury trip to Paris from NYC 4 days from May 3, fine dining');
    expect(luxury.warnings.join(' ')).not.toContain('fine dining');
  });

  it('"pregnant so no long days" and "nothing too strenuous" are a relaxed pace', () => {
    expect(read('Maui from LA, 6 days from Mar 2, pregnant so no long days').preferences.pace).toBe(
      'relaxed',
    );
    expect(read('Denver to Santa Fe, 4 days from May 3, nothing too strenuous').preferences.pace).toBe(
      'relaxed',
    );
  });
});

describe('a pair named first, beside the writer in the same list', () => {
  it('"grandparents, us two and 2 kids" is six: the grandparents are two more', () => {
    expect(read('grandparents, us two and 2 kids, Orlando from Boston, 5 days from Mar 3').travellers).toBe(
      6,
    );
    expect(read('the grandparents, the two of us and 2 kids, Chicago to Miami, July 10-17').travellers).toBe(
      6,
    );
    expect(read('grandparents, me and my wife and our 2 kids, Atlanta to Nashville, 4 days').travellers).toBe(
      6,
    );
    expect(read('grandparents and us two, Denver to Santa Fe, 4 days from May 3').travellers).toBe(4);
  });

  it('alone the pair is the writers, and "the 4 of us" after a list counts it again', () => {
    expect(read('grandparents + 2 grandkids, Dallas to Austin, 3 days from Jun 2').travellers).toBe(4);
    expect(read('parents + 2 kids, the 4 of us, Houston to Orlando, 5 days').travellers).toBe(4);
  });
});

describe('a stopover with its nights', () => {
  it('"London with a 2-night stopover in Dubai" stops in Dubai first, for two nights', () => {
    const draft = read('Singapore to London with a 2-night stopover in Dubai, from Jan 10, 1 adult');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Dubai', nights: 2 },
        { city: 'London', nights: null },
      ],
    });
    // The stopover's nights are not the whole trip's length.
    expect(draft.days).toBeNull();
  });

  it('"a 3 night layover in Singapore" is a stay on the way', () => {
    const draft = read('Sydney to Paris with a 3 night layover in Singapore, 2 weeks from Mar 3');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Singapore', nights: 3 },
        { city: 'Paris', nights: null },
      ],
    });
    expect(draft.days).toBe(14);
  });
});

describe('dates said around an occasion', () => {
  it('"then staying the weekend" runs the stay on to the Sunday', () => {
    const vegas = read('work conference in Vegas Jan 11-14 from Denver, then staying the weekend, just me');
    expect([vegas.startDate, vegas.days]).toEqual(['2027-01-11', 7]);
    expect(vegas.warnings.join(' ')).not.toContain('also says');
    const napa = read(
      'business trip to San Francisco from NYC Monday to Thursday next week, then weekend in Napa',
    );
    expect([napa.startDate, napa.days]).toEqual(['2026-12-14', 7]);
    // Alone, a weekend is still the trip.
    expect(read('a weekend in Nashville from Atlanta, Jan 8').days).toBe(3);
  });

  it('"wedding on 2027-06-12 … Friday to Sunday" is the Friday to Sunday around the date', () => {
    const draft = read('Saturday wedding on 2027-06-12 in Chicago, from Boston, Friday to Sunday, 2 of us');
    expect([draft.startDate, draft.days]).toEqual(['2027-06-11', 3]);
  });

  it('"2 nights in Miami before our cruise leaves on Feb 6, flying on Feb 4" is Feb 4-6, one way', () => {
    const draft = read('2 nights in Miami before our cruise leaves on Feb 6, flying from Chicago on Feb 4');
    expect([draft.startDate, draft.days, draft.tripType]).toEqual(['2027-02-04', 3, 'one-way']);
  });
});

describe("a bare list of family titles with the writer's pair in it", () => {
  it('"grandma, grandpa, us 2 and the 3 kids" is seven', () => {
    expect(read('grandma, grandpa, us 2 and the 3 kids, Boston to Orlando Mar 3-8').travellers).toBe(7);
    expect(read('grandma, grandpa, the two of us and 3 kids, Boston to Orlando Mar 3-8').travellers).toBe(7);
    expect(read('grandma, grandpa, me and the 3 kids, Denver to Phoenix Feb 14-18').travellers).toBe(6);
  });
});

describe('children named in a request typed in lower case', () => {
  it('"my kids austin and savannah" are people; "my bf nyc to miami" still starts in New York', () => {
    const draft = read('denver with my kids austin and savannah, from chicago, 4 days from mar 3');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Denver' });
    expect(read('me and my bf nyc to miami 5 nights jan 22').origin).toBe('New York');
  });

  it('"w my kids" is "with my kids"', () => {
    expect(read('seattle w my kids charlotte and jack from denver 4 days from mar 3').travellers).toBe(3);
  });
});

describe('variants of the same habits', () => {
  it('the in-laws listed before the writer are two more', () => {
    expect(read('the in-laws, us two and our 3 kids, Dallas to Orlando, Mar 14-20').travellers).toBe(7);
    expect(read('in-laws, me, my wife and 2 kids - Boston to DC Apr 3-6').travellers).toBe(6);
  });

  it('"staying on through the weekend" lengthens; alone, the weekend is the trip', () => {
    expect(read('Phoenix to San Diego Apr 8-10 for a conference, staying on through the weekend').days).toBe(
      4,
    );
    expect(read('Boston, staying through the weekend, from NYC Jan 8').days).toBe(3);
  });

  it('of several day names after the start, the one said as the way back ends the trip', () => {
    const draft = read('flying out of Denver Friday Jan 15, wedding Saturday in Austin, back Sunday');
    expect([draft.startDate, draft.days]).toEqual(['2027-01-15', 3]);
  });

  it('"stopping over 2 nights in Singapore" is the stop\'s stay, not the trip\'s length', () => {
    const draft = read(
      'stopping over 2 nights in Singapore on the way to Bali from London, 2 weeks from Feb 1',
    );
    expect(draft.days).toBe(14);
  });

  it('"comfortable" yields to a tier named outright', () => {
    expect(read('cheap but comfortable, Seattle to Portland, 3 days from Feb 5').preferences.comfort).toBe(
      'budget',
    );
    expect(read('luxurious and comfortable, Paris from London 4 days').preferences.comfort).toBe('luxury');
  });
});
