import { describe, expect, it } from 'vitest';
import { TripSpecDraft } from '../../../tools/domain/trip-spec.schema.js';
import { parse } from './fixtures.js';
import {
  type DraftInput,
  expectedDraft,
  readTravelPlannerLines,
  type TravelPlannerFields,
} from './travelplanner-fields.js';

const samples = readTravelPlannerLines<TravelPlannerFields>('samples.jsonl');

describe('parseTripRequest: TravelPlanner samples', () => {
  it('has the three shipped samples', () => expect(samples).toHaveLength(3));

  it.each(samples.map((s) => [s.idx, s] as const))(
    'query %i matches its structured fields',
    (_idx, sample) => {
      const { draft, warnings } = parse(sample.query);
      // Notes describe the reading; every field the benchmark scores must match exactly (a hedged
      // budget is read as one, but TravelPlanner's rules keep every budget firm).
      const { preferences: _ignored, notes: _notes, budgetApproximate: _hedged, ...scored } = draft;
      const { preferences: _none, notes: _none2, ...expected } = TripSpecDraft.parse(expectedDraft(sample));
      expect(scored).toEqual(expected);
      expect(warnings).toEqual([]);
    },
  );
});

describe('parseTripRequest: requests as real users write them', () => {
  it.each<[string, Partial<DraftInput>]>([
    [
      'a week from Indianapolis through three cities in Colorado for five of us, $15,100, we bring the dogs, we love Mexican food',
      {
        origin: 'Indianapolis',
        destination: { kind: 'region', region: 'Colorado', cityCount: 3 },
        startDate: null,
        days: 7,
        travellers: 5,
        budget: { amount: 15100, currency: 'USD' },
        constraints: { roomType: null, houseRules: ['pets'], cuisines: ['Mexican'], excludedModes: [] },
      },
    ],
    [
      '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
      {
        origin: 'Seattle',
        destination: { kind: 'region', region: 'California', cityCount: 2 },
        startDate: '2027-03-03',
        days: 5,
        travellers: 2,
        budget: { amount: 4000, currency: 'USD' },
        constraints: { roomType: null, houseRules: ['pets'], cuisines: [], excludedModes: ['flight'] },
      },
    ],
    [
      'Me and my wife want to go from Boston to Miami, March 3\u20137, 2027. Budget around 3600 dollars. No smoking please, we hate it.',
      {
        origin: 'Boston',
        destination: { kind: 'city', city: 'Miami' },
        days: 5,
        travellers: 2,
        budget: { amount: 3600, currency: 'USD' },
      },
    ],
    [
      "My partner and I are based in Denver and want a relaxed weekend in Austin starting June 10. We can't drive. $2k budget.",
      {
        origin: 'Denver',
        destination: { kind: 'city', city: 'Austin' },
        startDate: '2027-06-10',
        days: 3,
        travellers: 2,
        budget: { amount: 2000, currency: 'USD' },
        constraints: { excludedModes: ['self-driving'] },
        preferences: { pace: 'relaxed', interests: [] },
      },
    ],
    [
      'Family of 4 (2 adults and 2 kids, one is a toddler) leaving Chicago for Orlando 2027-07-01 to 2027-07-07. Budget USD 6,500. We need an entire home.',
      {
        origin: 'Chicago',
        destination: { kind: 'city', city: 'Orlando' },
        startDate: '2027-07-01',
        days: 7,
        travellers: 4,
        budget: { amount: 6500, currency: 'USD' },
        constraints: { roomType: 'entire room', houseRules: ['children under 10'] },
      },
    ],
    [
      "We're a group of 6 friends flying out of New York, planning to explore 3 cities in Texas from April 20th, 10 nights, budget 15.1k. We like to party, so party-friendly places please! We'd love BBQ and Mexican.",
      {
        origin: 'New York',
        destination: { kind: 'region', region: 'Texas', cityCount: 3 },
        startDate: '2027-04-20',
        days: 11,
        travellers: 6,
        budget: { amount: 15100, currency: 'USD' },
        constraints: { houseRules: ['parties'], cuisines: ['BBQ', 'Mexican'] },
      },
    ],
    [
      'Solo traveller here. Setting off from Salt Lake City, 3/3/2027 to 3/7/2027, heading to Las Vegas. I smoke. Private room is fine. No taxis.',
      {
        origin: 'Salt Lake City',
        destination: { kind: 'city', city: 'Las Vegas' },
        startDate: '2027-03-03',
        days: 5,
        travellers: 1,
        constraints: { roomType: 'private room', houseRules: ['smoking'], excludedModes: ['taxi'] },
      },
    ],
    [
      'Just me, leaving Portland on 2027-05-01 for 4 days to see San Francisco. Non-smoking room, no shared rooms. \u00a3900 max.',
      {
        origin: 'Portland',
        destination: { kind: 'city', city: 'San Francisco' },
        startDate: '2027-05-01',
        days: 4,
        budget: { amount: 900, currency: 'GBP' },
        constraints: { roomType: 'not shared room', houseRules: [] },
      },
    ],
    [
      "We live in Atlanta. Two weeks around Florida with my husband and our 5-year-old, starting 15 August. We don't have a car. Seafood and sushi!",
      {
        origin: 'Atlanta',
        destination: { kind: 'region', region: 'Florida', cityCount: 3 },
        startDate: '2027-08-15',
        days: 14,
        travellers: 3,
        constraints: {
          houseRules: ['children under 10'],
          cuisines: ['Seafood', 'Japanese'],
          excludedModes: ['self-driving'],
        },
      },
    ],
    [
      'Plan a trip for a couple from Phoenix to Tucson between the 3rd and 7th of March, 2027, budget \u20ac2,000, we want a packed schedule with museums and hiking.',
      {
        origin: 'Phoenix',
        destination: { kind: 'city', city: 'Tucson' },
        startDate: '2027-03-03',
        days: 5,
        travellers: 2,
        budget: { amount: 2000, currency: 'EUR' },
        preferences: { pace: 'packed', interests: ['museums', 'hiking'] },
      },
    ],
    [
      "A road trip around Oregon from Seattle, 8 days starting May 20th, 3 of us, we'll drive, friends will visit us in Portland.",
      {
        origin: 'Seattle',
        destination: { kind: 'region', region: 'Oregon', cityCount: 3 },
        startDate: '2027-05-20',
        days: 8,
        travellers: 3,
        constraints: { houseRules: ['visitors'], excludedModes: [] },
      },
    ],
    [
      'hey! me + my gf, from kansas city to denver dec 28 - jan 2, about $2500 total, somewhere we can bring our cat, not a fan of flying',
      {
        origin: 'Kansas City',
        destination: { kind: 'city', city: 'Denver' },
        startDate: '2026-12-28',
        days: 6,
        travellers: 2,
        budget: { amount: 2500, currency: 'USD' },
        constraints: { houseRules: ['pets'], excludedModes: ['flight'] },
      },
    ],
    [
      'Could you plan 4 days in Chicago for the two of us, leaving from Detroit on April 2? We prefer not to drive and would love Italian and Chinese restaurants; an entire apartment is a must.',
      {
        origin: 'Detroit',
        destination: { kind: 'city', city: 'Chicago' },
        startDate: '2027-04-02',
        days: 4,
        travellers: 2,
        constraints: {
          roomType: 'entire room',
          cuisines: ['Italian', 'Chinese'],
          excludedModes: ['self-driving'],
        },
      },
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).draft).toMatchObject(expected);
  });
});

describe('parseTripRequest: output contract', () => {
  const texts = [
    ...samples.map((s) => s.query),
    'Hello there!',
    'From Springfield to 9 cities in Atlantis, 45 days, a group of 40.',
    '2 cities in California for a week from Seattle starting on February 30.',
  ];
  it.each(texts)('gives a valid draft and whole-sentence warnings for %s', (text) => {
    const { draft, warnings } = parse(text);
    expect(TripSpecDraft.safeParse(draft).success).toBe(true);
    for (const w of warnings) expect(w).toMatch(/^[A-Z0-9"].*\.$/);
  });
});
