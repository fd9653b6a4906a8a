import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../agents/intake/parse/shorthand.js';
import type { Gazetteer } from '../../../agents/intake/parse-request.js';
import { parse, worldGazetteer } from './fixtures.js';

// Habits of requests written the way people write (today is 2026-11-24, a Tuesday); whole
// requests are in the understanding set (test/fixtures/understanding/*-5.jsonl).
const read = (text: string) => parse(text, worldGazetteer).draft;

describe('a correction mid-sentence replaces what it takes back', () => {
  it('a trip length: "3 nights, actually make it 4 nights"', () => {
    const draft = read('Seattle to Denver for 3 nights, actually make it 4 nights, leaving Jan 14');
    expect(draft.days).toBe(5);
    expect(draft.warnings.join(' ')).not.toMatch(/Several trip lengths/);
    expect(draft.notes).toContain("Read '4 nights' as correcting '3 nights'.");
  });

  it('dates: "Jan 15-18, wait no, Jan 16-19"', () => {
    const draft = read('Seattle to Denver Jan 15-18, wait no, Jan 16-19, 2 adults');
    expect([draft.startDate, draft.days]).toEqual(['2027-01-16', 4]);
  });

  it('a place: "Portland, sorry I mean Eugene"', () => {
    expect(read('Seattle to Portland, sorry I mean Eugene, 3 nights from Feb 5').destination).toEqual({
      kind: 'city',
      city: 'Eugene',
    });
  });

  it('an amount: "$1,500 - no scratch that, $2,000"', () => {
    expect(read('Seattle to Denver in March, budget $1,500 - no scratch that, $2,000').budget).toEqual({
      amount: 2000,
      currency: 'USD',
    });
  });

  it('takes nothing back without a take-back word between two of a kind', () => {
    expect(read('Seattle to Denver in March, budget $2,000, no more than $500 a night').budget).toEqual({
      amount: 2000,
      currency: 'USD',
    });
    const draft = read('Seattle to Denver, 3 nights, no flights, 2 adults');
    expect([draft.destination, draft.days]).toEqual([{ kind: 'city', city: 'Denver' }, 4]);
    expect(draft.notes.join(' ')).not.toMatch(/correcting/);
  });
});

describe('forms and text speak', () => {
  it('reads "From:" and "To:" labels of a pasted list as the cues', () => {
    const draft = read('Trip details:\n- From: Denver\n- To: Seattle\n- Dates: Jan 8-11');
    expect([draft.origin, draft.destination]).toEqual(['Denver', { kind: 'city', city: 'Seattle' }]);
  });

  it.each([
    ['me n 2 friends', 'me and 2 friends'],
    ['hubby n me', 'hubby and me'],
    ['rock n roll', 'rock n roll'],
  ])('expands %s', (text, expected) => expect(expandShorthand(text)).toBe(expected));

  it('takes a lower-case misspelling before "to <a known place>" as a place', () => {
    expect(read('need flights denvr to seattle, jan 8-11').origin).toBe('Denver');
  });
});

describe('dates as people write them', () => {
  it('a weekday before "the 26th" only names that day', () => {
    const draft = read('Seattle to Denver, leaving Thursday the 26th, back Monday the 30th');
    expect([draft.startDate, draft.days]).toEqual(['2026-11-26', 5]);
  });

  it('"the end of next month" is its 24th', () => {
    expect(read('Seattle to Denver at the end of next month, 3 days').startDate).toBe('2026-12-24');
  });

  it('"early this month" said late in it starts today', () => {
    expect(read('Seattle to Denver early this month, 3 days').startDate).toBe('2026-11-24');
  });
});

describe('one-way and party habits', () => {
  it('"just getting there" is one way, "just getting there and back" is not', () => {
    expect(read('Seattle to Denver on Jan 8, just getting there').tripType).toBe('one-way');
    expect(read('Seattle to Denver on Jan 8, just getting there and back').tripType).toBe('round-trip');
    expect(read('Seattle to Denver on Jan 8, just getting there by car and then back').tripType).toBe(
      'round-trip',
    );
  });

  it.each([
    ['2 adults + infant, Seattle to Denver', 3],
    ['party of 2 adults, 1 toddler, 1 infant: Seattle to Denver', 4],
    ['a group of 6 adults and 2 kids, Seattle to Denver', 8],
    ['party of 4, Seattle to Denver', 4],
  ])('%s: %i travellers', (text, travellers) => expect(read(text).travellers).toBe(travellers));
});

describe('places named the quick way', () => {
  const coded: Gazetteer = {
    cities: [
      { name: 'New York', region: 'New York', country: 'United States', airports: ['JFK'] },
      { name: 'Miami', region: 'Florida', country: 'United States', airports: ['MIA'] },
      { name: 'Seattle', region: 'Washington', country: 'United States', airports: ['SEA'] },
    ],
    regions: ['New York', 'Florida', 'Washington'],
  };

  it('takes lower-case airport codes joined by arrows: "jfk→mia→jfk"', () => {
    const { draft } = parse('jfk→mia→jfk, jan 9-13, 2ppl', coded);
    expect([draft.origin, draft.destination, draft.travellers]).toEqual([
      'New York',
      { kind: 'city', city: 'Miami' },
      2,
    ]);
  });

  it('takes two lower-case codes joined by "to": "sfo to jfk" (here "mia to jfk")', () => {
    const { draft } = parse('2 ppl, mia to jfk, 1/22 - 1/25', coded);
    expect([draft.origin, draft.destination]).toEqual(['Miami', { kind: 'city', city: 'New York' }]);
  });

  it('reads an emoji arrow as the arrow: "Seattle ➡️ Miami"', () => {
    const { draft } = parse('✈️ Seattle ➡️ Miami 🌴 Jan 10-15', coded);
    expect([draft.origin, draft.destination]).toEqual(['Seattle', { kind: 'city', city: 'Miami' }]);
  });

  it('leaves a lower-case code without an arrow a word: "a week by the sea"', () => {
    expect(parse('from miami, a week by the sea in may', coded).draft.destination).toBeNull();
  });

  it('"a Denver-based couple" names the origin', () => {
    expect(read('Denver-based couple looking for 4 nights in Seattle late June').origin).toBe('Denver');
  });

  it('"take my mom" brings her along', () => {
    expect(read('i want to take my mom to paris for her 60th in september').travellers).toBe(2);
  });
});

describe('what a third batch of unseen requests taught', () => {
  it.each([
    [
      'leaving on the twenty-third of March, back on the thirtieth',
      'leaving on the 23rd of March, back on the 30th',
    ],
    ['March the fifth', 'March the 5th'],
    ['the second half of May, the fifth night', 'the second half of May, the fifth night'],
    ['Fourth of July weekend', 'Fourth of July weekend'],
    ['leaving tmrw', 'leaving tomorrow'],
    ['LAX-HNL, 2A 1C', 'LAX-HNL, 2 adults 1 children'],
    ['2a+2c', '2 adults 2 children'],
  ])('expands %s', (text, expected) => expect(expandShorthand(text)).toBe(expected));

  it("a weekend around a Sunday that is no day off ends that Sunday: Valentine's 2027", () => {
    const draft = read("Seattle to Denver for Valentine's weekend");
    expect([draft.startDate, draft.days]).toEqual(['2027-02-12', 3]);
  });

  it.each([
    ['a family of three plus the in-laws, Seattle to Denver', 5],
    ['pls plan 3 nts denver 4 me and my bff from seattle', 2],
    ['My son (12) and I, Seattle to Denver', 2],
  ])('%s: %i travellers', (text, travellers) => expect(read(text).travellers).toBe(travellers));

  it('a dollar amount followed by its code is that dollar: "$10k CAD"', () => {
    expect(read('Seattle to Denver in May, 2 adults, $10k CAD').budget).toEqual({
      amount: 10000,
      currency: 'CAD',
    });
  });

  it('"a ski week starting Jan 30" is seven days', () => {
    expect(read('Seattle to Denver for a ski week starting Jan 30').days).toBe(7);
  });
});
