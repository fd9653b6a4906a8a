import { describe, expect, it } from 'vitest';
import { findSeasons } from '../../../agents/intake/parse/seasons.js';
import { expandShorthand } from '../../../agents/intake/parse/shorthand.js';
import { findTouristAreas } from '../../../agents/intake/parse/tourist-regions.js';
import { findUnmodelledNeeds } from '../../../agents/intake/parse/unmodelled-needs.js';

// The habits of quick everyday messages, one helper at a time; whole requests are in the
// understanding set (test/fixtures/understanding/*-4.jsonl).
describe('expandShorthand', () => {
  it.each([
    ['2 nts in Vegas', '2 nights in Vegas'],
    ['a wknd in march', 'a weekend in march'],
    ['3 wks in Peru', '3 weeks in Peru'],
    ['and our 2 yr old', 'and our 2-year-old'],
    ['a 5yo and a 7 y/o', 'a 5-year-old and a 7-year-old'],
    ['Mon thru Fri', 'Mon through Fri'],
  ])('%s', (text, expected) => {
    expect(expandShorthand(text)).toBe(expected);
  });

  it('leaves words that only look like shorthand', () => {
    expect(expandShorthand('the ntsb report, week-long')).toBe('the ntsb report, week-long');
  });
});

describe('findSeasons (today 2026-12-07)', () => {
  it.each([
    ['over spring break', '2027-03-13', 8],
    ['in the fall', '2027-09-22', undefined],
    ['this winter', '2026-12-21', undefined],
    ['for half-term in feb', '2027-02-13', 9],
  ])('%s', (text, date, days) => {
    const [found] = findSeasons(text, '2026-12-07');
    expect(found?.date).toBe(date);
    expect(found?.days).toBe(days);
    expect(found?.warning).toMatch(/please give/i);
  });

  it('needs a cue before a season word', () => {
    expect(findSeasons('packing summer clothes', '2026-12-07')).toEqual([]);
  });
});

describe('findTouristAreas', () => {
  const known = new Set(['Naples', 'Florence', 'Las Vegas']);

  it('plans an area from its nearest known city', () => {
    expect(findTouristAreas('a week on the amalfi coast', known)).toMatchObject([
      { label: 'the Amalfi Coast', gateway: 'Naples' },
    ]);
  });

  it('has no gateway when the world knows none, or for areas wider than a country', () => {
    expect(findTouristAreas('napa for 3 days', known)[0]?.gateway).toBeUndefined();
    expect(findTouristAreas('backpacking se asia', known)[0]?.gateway).toBeUndefined();
  });

  it('finds nothing in an ordinary request', () => {
    expect(findTouristAreas('rome for 3 nights, then florence', known)).toEqual([]);
  });
});

describe('findUnmodelledNeeds', () => {
  it.each([
    ['my mom uses a wheelchair', /accessibility/],
    ['all inclusive please', /all-inclusive/],
    ['no smoking room', /non-smoking/],
    ['my son has a nut allergy', /allergy/],
    ['a hotel with a pool', /amenities/],
    ['no checked bags', /baggage/],
  ])('%s', (text, pattern) => {
    expect(findUnmodelledNeeds(text).join(' ')).toMatch(pattern);
  });

  it('says nothing when no such need is stated', () => {
    expect(findUnmodelledNeeds('boston to miami for 4 nights, 2 adults, smoking allowed')).toEqual([]);
  });
});
