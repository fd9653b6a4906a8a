import { describe, expect, it } from 'vitest';
import { extractTravellers } from '../../../agents/intake/parse/travellers.js';
import { readInSandbox } from './fixtures.js';

// Habits found in a blind round of 161 requests written before reading the fixtures (the whole
// requests are in test/fixtures/understanding/*-13.jsonl).
const count = (text: string) => extractTravellers(text.toLowerCase()).travellers;

const read = (text: string) => readInSandbox(text).draft;

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

describe('money as people at home write it', () => {
  it('a bare "$" or "dollars" from a dollar country is that country\'s dollar', () => {
    expect(read('Toronto to Vancouver, 6 days from March 10, 2 adults, budget $4000').budget).toEqual({
      amount: 4000,
      currency: 'CAD',
    });
    expect(read('Sydney to Queenstown, 7 days from 10 Feb, 2 of us, $6,000').budget).toEqual({
      amount: 6000,
      currency: 'AUD',
    });
    expect(read('Calgary to Denver, 4 days, 3000 bucks').budget?.currency).toBe('CAD');
    expect(read('Vancouver to Seattle, hotels under $200 a night').constraints.maxPricePerNight).toEqual({
      amount: 200,
      currency: 'CAD',
    });
  });

  it('a dollar named as US, or written from the US, stays USD', () => {
    expect(read('Toronto to NYC 4 days, 2 adults, budget 2500 USD').budget?.currency).toBe('USD');
    expect(read('Toronto to NYC 4 days, budget US$2500').budget?.currency).toBe('USD');
    expect(read('Chicago to Montreal 4 days, $2500').budget?.currency).toBe('USD');
  });

  it('lakhs, crores and "Rs."', () => {
    expect(read('Mumbai to Dubai 5 days from Jan 20, family of 4, budget 3 lakh').budget).toEqual({
      amount: 300000,
      currency: 'INR',
    });
    expect(read('Delhi to Jaipur, 2 adults, Rs. 40,000').budget).toEqual({ amount: 40000, currency: 'INR' });
  });

  it('"overall 1500" beside a nightly cap is the total', () => {
    const draft = read(
      'DC to Charleston 3 nights from Jan 29, 2 people, airbnb under 250 a night, overall 1500',
    );
    expect(draft.budget).toEqual({ amount: 1500, currency: 'USD' });
    expect(draft.constraints.maxPricePerNight).toEqual({ amount: 250, currency: 'USD' });
  });
});

describe('days around a holiday and a day there and back', () => {
  it('"after Christmas" starts the day after it', () => {
    const draft = read('after christmas till new years, seattle to cabo, 2 adults');
    expect(draft.startDate).toBe('2026-12-26');
    expect(draft.days).toBe(7);
  });

  it('"for 4 days after Christmas" is the stay\'s length, from the day after', () => {
    const draft = read("i'm taking my 2 teenagers to NYC from Cleveland for 4 days after christmas");
    expect(draft.startDate).toBe('2026-12-26');
    expect(draft.days).toBe(4);
  });

  it('a counted shift still moves the day: "2 days after Christmas"', () => {
    expect(read('seattle to cabo 2 days after christmas for 5 days').startDate).toBe('2026-12-27');
  });

  it('"NYC to DC and back in a day" is a day trip, not a start tomorrow', () => {
    const draft = read('NYC to DC and back in a day, dec 15, solo, train');
    expect(draft.startDate).toBe('2026-12-15');
    expect(draft.days).toBe(1);
  });
});

describe('places', () => {
  it('"Denver to 2 cities in Texas" starts in Denver', () => {
    const draft = read('Denver to 2 cities in Texas, 6 days from Feb 5, 3 ppl');
    expect(draft.origin).toBe('Denver');
    expect(draft.destination).toEqual({ kind: 'region', region: 'Texas', cityCount: 2 });
    expect(read('Phoenix to 3 cities in Florida for 8 days from Feb 20').origin).toBe('Phoenix');
  });

  it('cities typed in lower case as a list are the route, beside capitalised names', () => {
    expect(read('10 days in Italy end of may, flying from NYC, rome florence venice').destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Rome', nights: null },
        { city: 'Florence', nights: null },
        { city: 'Venice', nights: null },
      ],
    });
  });

  it('a lower-case word after a capitalised city is no list: "Calgary, nice mountains"', () => {
    expect(read('Vancouver to Calgary, nice mountains, Feb 3-7').destination).toEqual({
      kind: 'city',
      city: 'Calgary',
    });
  });
});

describe('room type said by contrast', () => {
  it('"whole apartment not a shared room" asks for the whole place', () => {
    const draft = read('whole apartment not a shared room, Paris from London, 5 days from Feb 18, 4 of us');
    expect(draft.constraints.roomType).toBe('entire room');
  });

  it('a kind refused outright is still refused', () => {
    expect(
      read('London to Paris, entire apartment not allowed by our budget').constraints.roomType,
    ).toBeNull();
  });
});
