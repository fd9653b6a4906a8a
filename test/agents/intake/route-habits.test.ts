import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

const stopsOf = (text: string) => {
  const { destination } = readInSandbox(text).draft;
  return destination?.kind === 'cities' ? destination.stops.map((s) => s.city) : destination;
};

// A planner's blind round: "to Istanbul through Vienna and Budapest" went to Istanbul first.
describe('cities a route passes through', () => {
  it('"to Istanbul through Vienna and Budapest" visits them on the way, Istanbul last', () => {
    expect(
      stopsOf(
        'one-way from London to Istanbul through Vienna and Budapest, 12 days from June 1 2027, 2 people',
      ),
    ).toEqual(['Vienna', 'Budapest', 'Istanbul']);
  });

  it('"by way of Salt Lake City" is a stop on the way, not a word to skip', () => {
    expect(stopsOf('Seattle to Denver by way of Salt Lake City, 6 days from July 1 2027, 2 people')).toEqual([
      'Salt Lake City',
      'Denver',
    ]);
  });

  it('written in the order travelled, the route keeps it', () => {
    expect(stopsOf('a road trip from LA through Las Vegas to Denver, 6 days from July 1 2027')).toEqual([
      'Las Vegas',
      'Denver',
    ]);
    expect(
      stopsOf('from New York to Los Angeles, stopping in Chicago and Denver, 10 days from May 3 2027'),
    ).toEqual(['Chicago', 'Denver', 'Los Angeles']);
  });

  it('"through" a region is still the region', () => {
    expect(stopsOf('road trip through Colorado from Dallas, 7 days from June 5 2027, 4 people')).toEqual({
      kind: 'region',
      region: 'Colorado',
      cityCount: 3,
    });
  });
});

// Reader round 15 left it: Madrid's nights were lost and the trip came out 4 days, not 8.
describe('a stop with its nights after the start said in passing', () => {
  const read = (text: string) => readInSandbox(text).draft;

  it('"fly to Madrid from Chicago, 3 nights, train to Barcelona 4 nights" is 3 + 4 nights', () => {
    const draft = read(
      'fly to Madrid from Chicago, 3 nights, train to Barcelona 4 nights, from April 10 2027, 2 people',
    );
    expect(draft.origin).toBe('Chicago');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Madrid', nights: 3 },
        { city: 'Barcelona', nights: 4 },
      ],
    });
    expect(draft.days).toBe(8);
  });

  it('after the last stop the count is still the whole trip', () => {
    const draft = read('Rome and Florence from Chicago, 8 nights, from May 3 2027, 2 people');
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Rome', nights: null },
        { city: 'Florence', nights: null },
      ],
    });
    expect(draft.days).toBe(9);
  });
});

// A planner's blind round: "3 weeks" with 8 + 6 + 5 nights named was planned as 21 days and refused.
describe('weeks as a round figure beside the nights per stop', () => {
  const read = (text: string) => readInSandbox(text).draft;

  it('"3 weeks in Japan: Tokyo 8 nights, Kyoto 6, Osaka 5" is the 19 nights: 20 days', () => {
    const draft = read(
      '3 weeks in Japan from Los Angeles: Tokyo for 8 nights, Kyoto for 6 nights, Osaka for 5 nights, leaving March 20 2027, 2 people',
    );
    expect(draft.days).toBe(20);
    expect(draft.notes).toContain('19 nights across 3 cities: 20 days in all.');
  });

  it('"a week in Italy: Rome 3 nights, Florence 2 nights" plans the nights; days said exactly stay', () => {
    expect(read('a week in Italy from Boston: Rome 3 nights, Florence 2 nights, from May 3 2027').days).toBe(
      6,
    );
    expect(read('10 days from Boston: Rome 3 nights, Florence 2 nights, from May 3 2027').days).toBe(10);
  });

  it('"leaving in 3 weeks" is when, not how long', () => {
    const draft = read('Rome 3 nights and Florence 2 nights from Boston, leaving in 3 weeks');
    expect(draft.days).toBe(6);
  });
});
