import { describe, expect, it } from 'vitest';
import { findTouristAreas } from '../../../agents/intake/parse/tourist-regions.js';

const KNOWN = new Set([
  'Phoenix',
  'Denver',
  'Salt Lake City',
  'Buffalo',
  'Toronto',
  'Houston',
  'Tampa',
  'Los Angeles',
]);
const gateway = (text: string) => findTouristAreas(text.toLowerCase(), KNOWN)[0]?.gateway;

describe('resort towns and suburbs are planned from the city next to them', () => {
  it.each([
    ['bachelorette in Scottsdale from Denver', 'Phoenix'],
    ['ski week in Vail from Dallas', 'Denver'],
    ['Aspen for New Year', 'Denver'],
    ['Park City ski trip', 'Salt Lake City'],
    ['a weekend at Niagara Falls', 'Buffalo'],
    ['Galveston beach weekend', 'Houston'],
    ['St. Pete Beach for spring break', 'Tampa'],
    ['Disneyland in Anaheim', 'Los Angeles'],
  ])('%s', (text, city) => {
    expect(gateway(text)).toBe(city);
  });

  it('leaves a name the world knows as a city to be that city', () => {
    expect(findTouristAreas('from st. petersburg to rockford', new Set(['St. Petersburg', 'Tampa']))).toEqual(
      [],
    );
  });

  it('leaves words that only contain a name alone', () => {
    expect(gateway('available rooms, a breckenridged? no: we prevail')).toBeUndefined();
  });
});
