import { describe, expect, it } from 'vitest';
import { extractTravellers } from '../../../agents/intake/parse/travellers.js';
import { parseTripRequest } from '../../../agents/intake/parse-request.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';

// Habits found in a blind round of 161 requests written before reading the fixtures (the whole
// requests are in test/fixtures/understanding/*-13.jsonl).
const count = (text: string) => extractTravellers(text.toLowerCase()).travellers;

const world = getGazetteer();
const gazetteer = {
  cities: world.cities.map((c) => ({ ...c.info, aliases: c.curated.aliases ?? [] })),
  regions: world.regions,
};
const read = (text: string) => parseTripRequest(text, gazetteer, { today: '2026-12-07' }).draft;

describe('a party described in brackets and texting shorthand', () => {
  it('a remark in brackets about people already named hides no join', () => {
    expect(count('my parents (both 70+) and me')).toBe(3);
    expect(count('Me (wheelchair user) and my carer')).toBe(2);
    expect(count('my son (age 8) and I')).toBe(2);
  });

  it('brackets that count people still count them', () => {
    expect(count('two families (4 each) cabin trip')).toBe(8);
    expect(count('the kids (9 and 12) and me')).toBe(3);
  });

  it('"us two", "the two of us" and an "N of us" with others added', () => {
    expect(count('just us two, nyc to boston')).toBe(2);
    expect(count('the two of us and our 3 kids')).toBe(5);
    expect(count('Just the two of us + our twins (age 3)')).toBe(4);
    expect(count('3 generations: us 2, our daughter + her husband, and 2 grandkids')).toBe(6);
  });

  it('"a couple and a toddler" is three', () => {
    expect(count('a couple and a toddler, seattle to san diego')).toBe(3);
  });

  it('people counted beside the pets they bring: "2 + dog"', () => {
    expect(count('4 days from jan 14, 2 + dog')).toBe(2);
    expect(count('3 and the cat')).toBe(3);
  });

  it('"bro", "sis" and a carer are companions; "me n wife" closing a clause is two', () => {
    expect(count('me and my bro')).toBe(2);
    expect(count('my sis and me')).toBe(2);
    expect(read('Cincy to Louisville, 2 days, jan 16, me n wife').travellers).toBe(2);
    expect(read('this coming friday thru sunday nyc to boston me n my bro').travellers).toBe(2);
  });
});

describe('route stays written short', () => {
  it('"vancouver (2n) -> calgary (3n)" gives each stop its nights', () => {
    const draft = read('seattle -> vancouver (2n) -> calgary (3n), then fly home, starting feb 14, 2 ppl');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Vancouver', nights: 2 },
        { city: 'Calgary', nights: 3 },
      ],
    });
    expect(draft.days).toBe(6);
  });
});

describe('the Keys', () => {
  it('"the Keys" is the Florida Keys, planned from Key West', () => {
    expect(read('the Keys from Orlando, 4 days from jan 5, 2 adults').destination).toEqual({
      kind: 'city',
      city: 'Key West',
    });
  });

  it('the keys someone picks up are no place', () => {
    const draft = read('Orlando to Miami, 4 days from jan 5, we pick up the keys at 4pm');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Miami' });
    expect(draft.warnings.join(' ')).not.toMatch(/Keys/);
  });
});
