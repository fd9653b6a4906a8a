import { describe, expect, it } from 'vitest';
import { extractTravellers } from '../../../agents/intake/parse/travellers.js';
import { readInSandbox } from './fixtures.js';

// Habits found in the later blind batches of round 13 (the whole requests are in
// test/fixtures/understanding/*-13.jsonl; the first batch's are in blind-round-13.test.ts).
const count = (text: string) => extractTravellers(text.toLowerCase()).travellers;

const read = (text: string) => readInSandbox(text).draft;

describe('a second blind batch', () => {
  it('"the week of the 21st" is the week from the next 21st', () => {
    const draft = read('week of the 21st, Seattle to LA, 2 ppl');
    expect(draft.startDate).toBe('2026-12-21');
    expect(draft.days).toBe(7);
    expect(read('week of the 3rd, Seattle to LA').startDate).toBe('2027-01-03');
  });

  it('"2 kiddos" are two children', () => {
    expect(count('me, hubby & 2 kiddos - orlando from philly')).toBe(4);
    expect(count('2 adults and 3 kiddos')).toBe(5);
  });

  it('Indian digit grouping: "INR 2,50,000" is two and a half lakh', () => {
    expect(read('Mumbai to Singapore 5 nights from Jan 10, family of 4, budget INR 2,50,000').budget).toEqual(
      {
        amount: 250000,
        currency: 'INR',
      },
    );
  });
});

describe('arriving in one city, leaving from another', () => {
  it('beside a start said elsewhere, "land in Madrid, leave from Barcelona" is the route', () => {
    const draft = read('land in Madrid, leave from Barcelona, 7 days from May 1, from Chicago, 2 ppl');
    expect(draft.origin).toBe('Chicago');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Madrid', nights: null },
        { city: 'Barcelona', nights: null },
      ],
    });
    expect(read('from NYC, arriving in Rome and departing from Venice, 9 days from May 3').origin).toBe(
      'New York',
    );
  });

  it('with no other start, "leaving from Chicago" names the start', () => {
    expect(read('fly into Denver, leaving from Chicago jan 5 for 4 days').origin).toBe('Chicago');
  });
});

describe('a third blind batch', () => {
  it('"the 28th through the 2nd" runs into the next month', () => {
    const draft = read('the 28th through the 2nd, denver to cancun, 2 of us');
    expect(draft.startDate).toBe('2026-12-28');
    expect(draft.days).toBe(6);
    expect(read('the 10th through the 14th, denver to cancun').startDate).toBe('2026-12-10');
  });

  it('"2.5 grand" is 2,500, not "5 grand"', () => {
    expect(read('roughly 2.5 grand, Boston to Quebec City, 4 days from Feb 18, 2 of us').budget).toEqual({
      amount: 2500,
      currency: 'USD',
    });
  });

  it('"a group of 3 couples" is six', () => {
    expect(count('a group of 3 couples, Napa from LA')).toBe(6);
  });

  it('"12 mil pesos" is twelve thousand, as in Spanish', () => {
    expect(read('Mexico City to Oaxaca, 4 days from 8 Jan, 2 adults, 12 mil pesos').budget).toEqual({
      amount: 12000,
      currency: 'MXN',
    });
  });
});

describe('a fourth blind batch', () => {
  it('"$800 x2 people" and "$600 p/p" are per person', () => {
    const draft = read('$800 x2 people, LA to SF, jan 15-17');
    expect(draft.travellers).toBe(2);
    expect(draft.budget).toEqual({ amount: 1600, currency: 'USD' });
    expect(read('Boston to Miami, $600 p/p, 3 of us, Feb 5-9').budget).toEqual({
      amount: 1800,
      currency: 'USD',
    });
  });

  it('"our 6-month-old" is one more traveller', () => {
    expect(count('my wife and I and our 6-month-old')).toBe(3);
    expect(count('2 adults and a 6-month-old')).toBe(3);
  });
});

describe('a length corrected by a bare number', () => {
  it('"3 nights in Vegas, actually make it 4" is four nights', () => {
    const draft = read('3 nights in Vegas, actually make it 4, from Phoenix, Jan 22, 2 ppl');
    expect(draft.days).toBe(5);
    expect(draft.destination).toEqual({ kind: 'city', city: 'Las Vegas' });
    expect(read('a week in Paris from London, no wait, make it 2, from 3 Jan').days).toBe(14);
  });

  it('a number with a unit of its own corrects that, not the length', () => {
    const draft = read('3 nights, make it 4 people, Boston to NYC');
    expect(draft.days).toBe(4);
    expect(draft.travellers).toBe(4);
  });
});

describe('cities listed after the leg that names the start', () => {
  const route = (...cities: string[]) => ({
    kind: 'cities',
    stops: cities.map((city) => ({ city, nights: null })),
  });

  it('"LA to Tokyo, 2 weeks in April, Tokyo Kyoto Osaka" visits all three', () => {
    expect(read('LA to Tokyo, 2 weeks in April, 2 adults, $9k, Tokyo Kyoto Osaka').destination).toEqual(
      route('Tokyo', 'Kyoto', 'Osaka'),
    );
    expect(read('LA to Japan, 2 weeks in April, Kyoto and Osaka').destination).toEqual(
      route('Kyoto', 'Osaka'),
    );
  });

  it('one city named in passing, or a choice, is no stop', () => {
    expect(read('NYC to Paris for 5 days, we loved Rome last year').destination).toEqual({
      kind: 'city',
      city: 'Paris',
    });
    expect(read('NYC to Paris in May, maybe Rome or Madrid after').destination).not.toEqual(
      route('Paris', 'Rome', 'Madrid'),
    );
  });
});

describe('a hedged day', () => {
  it('"in feb, maybe the 10th?" is February 10th', () => {
    const draft = read(
      'me n my fiance want to go to cabo from houston for like 5 nights in feb, maybe the 10th?',
    );
    expect(draft.startDate).toBe('2027-02-10');
    expect(draft.days).toBe(6);
    expect(read('around the 20th, Boston to NYC, 3 days').startDate).toBe('2026-12-20');
  });
});

describe('a party opened with "us"', () => {
  it('"us" leading a list is the writer\'s pair', () => {
    expect(count('us + 3 kids, NYC to Orlando')).toBe(5);
    expect(count('us, the kids (3) and the nanny: NYC to Orlando')).toBe(6);
  });

  it('"us" inside a sentence is not counted as two', () => {
    expect(count('join us and our friends, NYC to Orlando')).toBe(3);
    expect(count('me and my twins (3), NYC to Orlando')).toBe(3);
  });
});

describe('children named before "the two of us"', () => {
  it('"kids 5 & 8 plus the two of us" is four', () => {
    expect(count('kids 5 & 8 plus the two of us, Denver to San Diego')).toBe(4);
    expect(count('2 kids and the 2 of us')).toBe(4);
  });

  it('children listed after a count that holds them are not added', () => {
    expect(count('the 4 of us, kids 5 & 8')).toBe(4);
  });
});
