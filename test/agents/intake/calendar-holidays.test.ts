import { describe, expect, it } from 'vitest';
import { easterSunday, nthWeekday } from '../../../agents/intake/parse/calendar.js';
import { findHolidays } from '../../../agents/intake/parse/holiday-dates.js';
import { editDistance } from '../../../agents/intake/parse/place-aliases.js';
import { findRelativeDates } from '../../../agents/intake/parse/relative-dates.js';
import { parse, worldGazetteer } from './fixtures.js';

describe('calendar', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('computes Easter %i as %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it('finds the nth and the last weekday of a month', () => {
    expect(nthWeekday(2027, 11, 4, 4)).toBe('2027-11-25'); // Thanksgiving
    expect(nthWeekday(2027, 5, 1, -1)).toBe('2027-05-31'); // Memorial Day
  });
});

describe('holidays and relative days (today: Monday 2026-12-07)', () => {
  const today = '2026-12-07';
  const first = (text: string) => findHolidays(text, today)[0] ?? findRelativeDates(text, today)[0];

  it.each([
    ['thanksgiving weekend', '2027-11-25', 4],
    ['over easter 2028', '2028-04-14', 4],
    ['labor day weekend', '2027-09-03', 4],
    ["new year's eve", '2026-12-31', undefined],
    ['this coming saturday', '2026-12-12', undefined],
    ['next friday', '2026-12-18', undefined],
    ['in three weeks', '2026-12-28', undefined],
    ['the second week of june', '2027-06-08', 7],
    ['late may', '2027-05-20', undefined],
    ['this weekend', '2026-12-11', 3],
  ])('reads %s as from %s', (text, date, days) => {
    expect(first(text)).toMatchObject({ date, days });
  });
});

describe('typo-tolerant places', () => {
  it('measures transpositions as one edit', () => {
    expect(editDistance('pheonix', 'phoenix')).toBe(1);
    expect(editDistance('sacramneto', 'sacramento')).toBe(1);
  });

  it('takes a unique close match and says so in a note', () => {
    const { draft } = parse('From Pheonix to Denver, April 3-6.');
    expect(draft.origin).toBe('Phoenix');
    expect(draft.notes).toContain("Took 'Pheonix' as Phoenix.");
  });

  it('asks about a misspelling close to two places instead of picking one', () => {
    const gazetteer = {
      cities: [
        ...worldGazetteer.cities,
        { name: 'Marion', region: 'Ohio', country: 'United States' },
        { name: 'Marian', region: 'Oregon', country: 'United States' },
      ],
      regions: worldGazetteer.regions,
    };
    const { draft } = parse('From Denver to Mariun, April 3-6.', gazetteer);
    expect(draft.destination).toBeNull();
    expect(draft.origin).toBe('Denver');
    expect(draft.problems).toEqual([
      {
        field: 'destination',
        message: expect.stringMatching(/did you mean (Marion or Marian|Marian or Marion)/),
      },
    ]);
  });
});
