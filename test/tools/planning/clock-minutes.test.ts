import { describe, expect, it } from 'vitest';
import { clockMinutes } from '../../../tools/planning/leg-times.js';

/** How clock times were read before the digit-by-digit path: the reference for every input. */
function bySplit(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

describe('clockMinutes', () => {
  it('reads every HH:MM of the day', () => {
    for (let m = 0; m < 24 * 60; m += 1) {
      const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      if (clockMinutes(text) !== m) expect(clockMinutes(text), text).toBe(m);
    }
  });

  it('reads other spellings as it always did', () => {
    for (const text of [
      '8:05',
      '08:05:00',
      '24:30',
      '99:99',
      '0a:15',
      '08-15',
      '',
      ':',
      '08:',
      ' 8:05',
      '1e1:00',
    ]) {
      expect(clockMinutes(text), text).toEqual(bySplit(text));
    }
  });
});
