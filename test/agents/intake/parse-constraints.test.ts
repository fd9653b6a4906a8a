import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.js';

const TRIP = 'From Chicago to Detroit, March 3-7 2027.';
const constraintsOf = (wish: string) => parse(`${TRIP} ${wish}`).draft.constraints;

describe('parseTripRequest: room type', () => {
  it.each([
    ['We would like to rent entire rooms.', 'entire room'],
    ['Entire rooms for accommodations would be ideal.', 'entire room'],
    ['We need an entire home.', 'entire room'],
    ['A whole apartment, please.', 'entire room'],
    ['An entire place to ourselves.', 'entire room'],
    ['Accommodations should ideally be private rooms.', 'private room'],
    ['A shared room is fine.', 'shared room'],
    ['Not a shared room, please.', 'not shared room'],
    ['No shared rooms.', 'not shared room'],
    ['The accommodations should not be shared rooms.', 'not shared room'],
    ["We'd prefer not to stay in shared rooms.", 'not shared room'],
    ["We don't want to share a room.", 'not shared room'],
    ['A private room or an entire home is fine.', 'not shared room'],
    ['A private room, not a shared one.', 'private room'],
    ['Anything clean will do.', null],
    ['Accommodations other than shared rooms, please.', 'not shared room'],
    ['The room should not be shared.', 'not shared room'],
  ])('%s → %s', (wish, roomType) => {
    expect(constraintsOf(wish).roomType).toBe(roomType);
  });
});

describe('parseTripRequest: house rules', () => {
  it.each([
    ['We bring the dogs.', ['pets']],
    ['Our cat is coming along.', ['pets']],
    ["We'll be bringing our pets, so pet-friendly accommodations are a must.", ['pets']],
    ['No pets.', []],
    ["We don't have pets.", []],
    ["I'm allergic to cats.", []],
    ['We want to eat hot dogs.', []],
    ['We are travelling with our toddler.', ['children under 10']],
    ['Our kids are under 10.', ['children under 10']],
    ['Our kids are under 14.', []],
    ['We have kids under 10.', ['children under 10']],
    ['With young children.', ['children under 10']],
    ['We have children under 10.', ['children under 10']],
    ['With our 5-year-old.', ['children under 10']],
    ['Our kids are aged 12 and 8.', ['children under 10']],
    ['Our kids are aged 12 and 14.', []],
    ['We have under-10 children.', ['children under 10']],
    ['Our children, who are below 10, will come.', ['children under 10']],
    ['I smoke.', ['smoking']],
    ['Smoking allowed, please.', ['smoking']],
    ["It's crucial to find accommodations where smoking is permitted.", ['smoking']],
    ["I'm a smoker.", ['smoking']],
    ['We would like to host gatherings at our place.', ['parties']],
    ['Friends will be dropping by to see us.', ['visitors']],
    ['The house rules should permit guests.', ['visitors']],
    ['We have family in the area.', []],
    ['No smoking.', []],
    ['We require non-smoking accommodations.', []],
    ['A smoke-free stay.', []],
    ["We don't smoke.", []],
    ['Smoking is not allowed.', []],
    ['We want to throw a party.', ['parties']],
    ['Party-friendly places, please.', ['parties']],
    ['We would like the flexibility to host parties.', ['parties']],
    ['A trip for a party of 5.', []],
    ['Our party will arrive late.', []],
    ['No parties, please.', []],
    ['We will have visitors.', ['visitors']],
    ['Friends will visit us there.', ['visitors']],
    ["We'll have guests over one evening.", ['visitors']],
    ['Visitor-friendly accommodations, please.', ['visitors']],
    ['No visitors.', []],
    ['We want to visit friends.', []],
    ['We will stop at the visitor center.', []],
    ['Smoking allowed, and we bring our dog and a baby.', ['pets', 'children under 10', 'smoking']],
  ])('%s → %j', (wish, houseRules) => {
    expect(constraintsOf(wish).houseRules).toEqual(houseRules);
  });

  it('warns when children are mentioned without ages', () => {
    const { draft, warnings } = parse(`2 adults and 2 kids, ${TRIP.toLowerCase()}`);
    expect(draft).toMatchObject({ travellers: 4, constraints: { houseRules: [] } });
    expect(warnings.join(' ')).toMatch(/Children are mentioned without their ages/);
  });
});

describe('parseTripRequest: transport exclusions', () => {
  it.each([
    ['No flights.', ['flight']],
    ["We don't want to fly.", ['flight']],
    ['Without flying.', ['flight']],
    ['We prefer not to fly.', ['flight']],
    ["I'm afraid of flying.", ['flight']],
    ['Please note we prefer not to take any flights.', ['flight']],
    ["I can't drive.", ['self-driving']],
    ['No self-driving.', ['self-driving']],
    ['No driving.', ['self-driving']],
    ["We don't have a car.", ['self-driving']],
    ['We will be without a car.', ['self-driving']],
    ['We will not be self-driving during this trip.', ['self-driving']],
    ['Please note that we do not plan to drive ourselves.', ['self-driving']],
    ["Although we don't plan to self-drive, we like parties.", ['self-driving']],
    ['No taxis.', ['taxi']],
    ['Without flying or driving.', ['flight', 'self-driving']],
    ['We will drive.', []],
    ["We don't mind flying.", []],
    ["We'll fly there and drive around.", []],
    ['We plan to navigate our journey via self-driving.', []],
    ['We would prefer a journey that does not involve flying.', ['flight']],
    ['Transportation should not involve any flights.', ['flight']],
    ['We will travel without taking any flights.', ['flight']],
    ['We would like to go by car rather than by plane.', ['flight']],
    ['Flights are out of the question.', ['flight']],
    ['We prefer non-self-driving transportation.', ['self-driving']],
    ["We're not planning to drive.", ['self-driving']],
    ["Driving isn't an option for us.", ['self-driving']],
    ['Self-driving should be avoided.', ['self-driving']],
    ['Flights are preferred.', []],
  ])('%s → %j', (wish, excludedModes) => {
    expect(constraintsOf(wish).excludedModes).toEqual(excludedModes);
  });
});

describe('parseTripRequest: cuisines', () => {
  it.each([
    ['We love Mexican food.', ['Mexican']],
    [
      'We hope to find places that offer Mexican, Italian, Mediterranean, and Indian cuisines.',
      ['Mexican', 'Italian', 'Mediterranean', 'Indian'],
    ],
    ['The trip should include Chinese and French cuisine.', ['Chinese', 'French']],
    ['Our meals should preferably include American and Thai.', ['American', 'Thai']],
    ["We'd love to try some sushi.", ['Japanese']],
    ["We'd love BBQ and Mexican.", ['BBQ', 'Mexican']],
    ['Fast food and desserts are fine for the kids.', ['Fast Food', 'Desserts']],
    ["We're enthusiasts of bakery items and genuine Indian cuisine.", ['Bakery', 'Indian']],
    ['We want to see the French Quarter.', []],
    ['We fly American Airlines.', []],
    ['We love Mexican food but no seafood.', ['Mexican']],
    ["We're craving Italian and Mexican.", ['Italian', 'Mexican']],
    ['Indian and Mediterranean are our favorite cuisines.', ['Indian', 'Mediterranean']],
    ['We would like to try American hospitality.', []],
  ])('%s → %j', (wish, cuisines) => {
    expect(constraintsOf(wish).cuisines).toEqual(cuisines);
  });

  it('keeps refused kitchens as cuisines to avoid, but not a whole cuisine for one refused dish', () => {
    const { draft } = parse(`${TRIP} No seafood, please, and we don't like Italian food.`);
    expect(draft.constraints.avoidedCuisines).toEqual(['Italian', 'Seafood']);
    expect(draft.notes).toContain('No meals at Italian or Seafood restaurants, as asked.');
    // "no sushi" rules out sushi, not every Japanese kitchen (ramen is still welcome).
    expect(parse(`${TRIP} No sushi please, we love ramen.`).draft.constraints.avoidedCuisines).toEqual([]);
  });

  it('does not read a region adjective before "cities" as a cuisine', () => {
    const { draft } = parse('A tour of two Texan cities from Denver for food lovers, March 3-7 2027.');
    expect(draft.constraints.cuisines).toEqual([]);
  });
});

describe('parseTripRequest: pace and interests', () => {
  it.each([
    ['A relaxed trip.', 'relaxed', []],
    ['An action-packed week with museums and hiking.', 'packed', ['museums', 'hiking']],
    [
      'Not too packed, please; beaches, nightlife and shopping.',
      'relaxed',
      ['beaches', 'nightlife', 'shopping'],
    ],
    ['Not into museums, but we love art and history.', 'balanced', ['history', 'art']],
    ['Lots of nature and great food.', 'balanced', ['food', 'nature']],
    // A diet is not an interest in food: nothing would be looked for among the sights.
    ['Halal food please, and vegetarian restaurants only.', 'balanced', []],
    // A kitchen asked for is a cuisine wish, not an interest in food; food for itself still is.
    ['We bring the dogs, we love Mexican food.', 'balanced', []],
    ['Middle Eastern restaurants and some fast food, please.', 'balanced', []],
    ['We are foodies and love Thai food.', 'balanced', ['food']],
    ['Street food and museums.', 'balanced', ['museums', 'food']],
  ])('%s → %s %j', (wish, pace, interests) => {
    expect(parse(`${TRIP} ${wish}`).draft.preferences).toMatchObject({ pace, interests });
  });

  it('does not take a city name for an interest ("Myrtle Beach")', () => {
    const { draft } = parse('From Charlotte to Myrtle Beach, March 3-7 2027.');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Myrtle Beach' });
    expect(draft.preferences.interests).toEqual([]);
  });
});
