import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.js';

describe('parseTripRequest: a city name at the start of a longer proper name is not the city', () => {
  it.each([
    [
      'NYC for 4 days from Boston, March 5-8 2027, 2 people, want to see a game at Madison Square Garden',
      { kind: 'city', city: 'New York' },
    ],
    [
      '3 days in Washington DC from NYC, we love Jackson Pollock and the National Gallery, May 1-3 2027',
      { kind: 'city', city: 'Washington' },
    ],
    [
      'Chicago to Denver, June 1-4 2027, 2 of us, picnic at Boston Common? no, Denver Botanic Gardens',
      { kind: 'city', city: 'Denver' },
    ],
  ])('%s', (text, destination) => {
    expect(parse(text).draft.destination).toEqual(destination);
  });

  it.each([
    ['Madison Wisconsin from Chicago, 3 days May 1-3 2027', 'Madison'],
    ['from Denver to Jackson for 4 days June 1 2027', 'Jackson'],
    ['running the Boston Marathon in April 2027 from Chicago, 4 days from April 18', 'Boston'],
    ['Denver to Chicago Jan 29 - Feb 2, solo', 'Chicago'],
  ])('keeps the place where it is one: %s', (text, city) => {
    expect(parse(text).draft.destination).toEqual({ kind: 'city', city });
  });
});
