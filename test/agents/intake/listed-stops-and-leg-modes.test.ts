import { describe, expect, it } from 'vitest';
import { parse, worldGazetteer } from './fixtures.js';

// Stops listed after the countries they lie in, a car leg between flights, and wishes the trip
// model holds only partly (the whole requests are in test/fixtures/understanding/*-12.jsonl).
const stopsOf = (text: string) => {
  const { destination } = parse(text, worldGazetteer).draft;
  return destination?.kind === 'cities' ? destination.stops.map((s) => s.city) : destination;
};

describe('stops listed after "country and country"', () => {
  it('a list after a heading names every stop, in each country', () => {
    expect(
      stopsOf('Two weeks in France and Italy: Paris, Lyon, Rome, Florence from New York, May 3-16'),
    ).toEqual(['Paris', 'Lyon', 'Rome', 'Florence']);
  });

  it('a list in brackets after the countries is the route', () => {
    expect(stopsOf('10 days in Japan and Italy (Tokyo, Kyoto, Rome) from Salt Lake City, May 3-12')).toEqual([
      'Tokyo',
      'Kyoto',
      'Rome',
    ]);
  });
});

describe('a car leg between flights', () => {
  it('"fly into X, then drive down to Y and fly home" sets no trip-wide driving', () => {
    const { draft } = parse(
      'Fly from Seattle into San Francisco, then drive down to Los Angeles and fly home from LA, Jan 8-14, 2 adults',
      worldGazetteer,
    );
    expect(draft.preferences.preferredModes).toEqual([]);
    expect(draft.warnings.join(' ')).toMatch(/drives one leg between flights \('drive down to'\)/);
  });

  it('a road trip with a flight in it is still a wish to drive', () => {
    const { draft } = parse(
      'Road trip: fly into Denver from Seattle, then drive to Salt Lake City, May 3-9',
      worldGazetteer,
    );
    expect(draft.preferences.preferredModes).toEqual(['self-driving']);
  });
});

describe('wishes kept or named back', () => {
  const { draft } = parse(
    'Rome and Florence from London, June 3-9, 2 adults, trains between cities, avoid spicy food, coffee and bookstores, wine tasting',
    worldGazetteer,
  );

  it('"trains between cities" is the way to travel', () => {
    expect(draft.preferences.preferredModes).toEqual(['rail']);
  });

  it('coffee, bookstores and wine are kept as interests', () => {
    expect(draft.preferences.interests).toEqual(['coffee', 'bookstores', 'wine']);
  });

  it('"avoid spicy food" is no cuisine: a warning says it was not taken into account', () => {
    expect(draft.constraints.avoidedCuisines).toEqual([]);
    expect(draft.warnings.join(' ')).toMatch(
      /food that is not spicy \('avoid spicy food'\), which the planner cannot/,
    );
  });
});

describe('interests the reader has no word for', () => {
  it("are kept in the request's words, and said so", () => {
    const { draft } = parse(
      "Denver to Salt Lake City, May 3-6, we're into pottery and birdwatching",
      worldGazetteer,
    );
    expect(draft.preferences.interests).toEqual(['pottery', 'birdwatching']);
    expect(draft.notes.join(' ')).toMatch(/Kept 'pottery', 'birdwatching' as interests/);
  });

  it('a kitchen or a phrase that is no interest is not kept', () => {
    expect(
      parse('Denver to Salt Lake City, May 3-6, we love Thai food', worldGazetteer).draft.preferences
        .interests,
    ).toEqual([]);
    expect(
      parse('Denver to Salt Lake City, May 3-6, we love it there', worldGazetteer).draft.preferences
        .interests,
    ).toEqual([]);
  });
});
