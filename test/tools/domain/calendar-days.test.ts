import { describe, expect, it } from 'vitest';
import { isoDateOfDay, isoDayNumber } from '../../../tools/domain/calendar-days.js';
import { addDays } from '../../../tools/domain/common.schema.js';
import { daysBetween } from '../../../tools/domain/time-zone.js';

/** What addDays and daysBetween computed with `Date` before the integer path: the reference. */
function addDaysByDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetweenByDate(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const DAY_MS = 86_400_000;

describe('calendar day numbers', () => {
  it('agree with Date on every day from 1599 to 2401, and round-trip', () => {
    const first = Date.UTC(1599, 0, 1) / DAY_MS;
    const last = Date.UTC(2401, 11, 31) / DAY_MS;
    const wrong: string[] = [];
    for (let n = first; n <= last; n += 1) {
      const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
      if (isoDateOfDay(n) !== iso || isoDayNumber(iso) !== n) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('cover the ends of the four-digit years and leave the rest to Date', () => {
    expect(isoDayNumber('0000-01-01')).toBe(Date.parse('0000-01-01T00:00:00Z') / DAY_MS);
    expect(isoDateOfDay(Date.parse('0000-01-01T00:00:00Z') / DAY_MS)).toBe('0000-01-01');
    expect(isoDateOfDay(Date.parse('9999-12-31T00:00:00Z') / DAY_MS)).toBe('9999-12-31');
    expect(isoDateOfDay(Date.parse('9999-12-31T00:00:00Z') / DAY_MS + 1)).toBeNull();
    expect(isoDateOfDay(Date.parse('0000-01-01T00:00:00Z') / DAY_MS - 1)).toBeNull();
  });

  it('refuse what is not a canonical date', () => {
    for (const text of [
      '2027-02-29',
      '2027-02-30',
      '2027-04-31',
      '2027-13-01',
      '2027-00-10',
      '2027-01-00',
      '2027-1-01',
      '2027/01/01',
      '2027-01-01T',
      ' 2027-01-1',
      '+02027-01-01',
    ]) {
      expect(isoDayNumber(text), text).toBeNull();
    }
    expect(isoDayNumber('2024-02-29')).toBe(Date.parse('2024-02-29T00:00:00Z') / DAY_MS);
  });
});

describe('addDays and daysBetween', () => {
  it('match the Date arithmetic, odd input included', () => {
    const dates = [
      '2027-05-10',
      '2024-02-29',
      '2027-12-31',
      '1999-12-31',
      '0000-01-01',
      '9999-12-30',
      '2027-02-30',
      '2027-04-31',
    ];
    for (const date of dates) {
      for (const days of [-800, -366, -1, 0, 1, 2, 6, 30, 365, 800]) {
        const expected = (() => {
          try {
            return addDaysByDate(date, days);
          } catch (error) {
            return error instanceof Error ? error.name : 'thrown';
          }
        })();
        const actual = (() => {
          try {
            return addDays(date, days);
          } catch (error) {
            return error instanceof Error ? error.name : 'thrown';
          }
        })();
        expect(actual, `${date} + ${days}`).toBe(expected);
      }
      for (const other of dates) expect(daysBetween(date, other)).toBe(daysBetweenByDate(date, other));
    }
    expect(addDays('2027-05-10', 1.5)).toBe(addDaysByDate('2027-05-10', 1.5));
  });

  it('keeps what Date does with a date it cannot read', () => {
    expect(() => addDays('2027-13-01', 1)).toThrow(RangeError);
    expect(daysBetween('2027-13-01', '2027-05-10')).toBeNaN();
  });
});
