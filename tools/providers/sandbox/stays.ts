import type { HouseRule, RoomType } from '../../domain/common.schema.js';
import type { Stay } from '../../domain/inventory.schema.js';
import { HOME_NOUNS, ROOM_NOUNS, SHARED_NOUNS, STAY_ADJECTIVES, STAY_FEATURES } from './data/name-parts.js';
import { drawRating, fillTemplate, uniqueName, wholeDollars } from './draw.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng, type Rng } from './prng.js';

/** Every city gets this many entire homes that take pets and children for 1–2 nights. */
export const GUARANTEED_FAMILY_HOMES = 3;
/** Top-rated private places (suites, penthouses) every city lists, more in bigger cities. */
export const LUXURY_STAYS_BY_SIZE: Readonly<Record<1 | 2 | 3, number>> = { 1: 2, 2: 3, 3: 5 };
/** The lowest nightly price the sandbox lists, also after prices move. */
export const MIN_NIGHTLY_PRICE = 10;

/** Chance that a host forbids each rule: most allow children and pets, few allow parties. */
const FORBID_CHANCE: Readonly<Record<HouseRule, number>> = {
  smoking: 0.6,
  parties: 0.45,
  'children under 10': 0.15,
  visitors: 0.2,
  pets: 0.3,
};
const HOUSE_RULES = Object.keys(FORBID_CHANCE) as HouseRule[];

const TEMPLATES: Readonly<Record<RoomType, readonly string[]>> = {
  'Entire home/apt': [
    '{adj} {home} in {area}',
    '{adj} {home} near {sight}',
    '{area} {home} with {feature}',
    'Whole {home} with {feature} by {sight}',
  ],
  'Private room': [
    '{adj} private {room} in {area}',
    'Private {room} near {sight}',
    '{adj} {room} in a {area} {home}',
  ],
  'Shared room': [
    '{shared} in {adj} {area} hostel',
    'Budget {shared} near {sight}',
    '{area} {shared} for travellers',
  ],
};

/**
 * The city's stays: 14–24 listings with a room-type mix of about 50/35/15 (entire/private/
 * shared), house rules, minimum nights, occupancy and prices scaled by the city's cost index.
 * Deterministic per (seed, city).
 */
export function synthesizeStays(seed: number, city: SandboxCity): Stay[] {
  const rng = createRng(seed, 'stays', city.info.name);
  const count = 12 + 2 * city.curated.size + rng.int(0, 4);
  const taken = new Set<string>();
  const stays: Stay[] = [];
  for (let i = 0; i < count; i++) {
    // The first slots are the guaranteed family homes; the final shuffle hides them.
    const family = i < GUARANTEED_FAMILY_HOMES;
    stays.push(family ? familyHome(rng, city, taken) : randomStay(rng, city, taken));
  }
  const shuffled = rng.shuffle(stays);
  // On their own stream, appended: the listings above stay exactly as they were.
  const top = createRng(seed, 'stays-luxury', city.info.name);
  for (let i = 0; i < LUXURY_STAYS_BY_SIZE[city.curated.size]; i++)
    shuffled.push(luxuryStay(top, city, taken));
  return shuffled;
}

/** A top-rated whole place or suite at a luxury price: what "luxury please" should get. */
function luxuryStay(rng: Rng, city: SandboxCity, taken: Set<string>): Stay {
  const roomType = rng.chance(0.7) ? 'Entire home/apt' : 'Private room';
  const occupancy = roomType === 'Entire home/apt' ? rng.pick([2, 4, 4, 6]) : rng.pick([2, 2, 3]);
  const rating = Math.round(rng.float(4.7, 5) * 10) / 10;
  const base = roomType === 'Entire home/apt' ? 85 + 25 * occupancy : 55 + 10 * occupancy;
  const price = base * city.curated.costIndex * rng.float(2, 2.8);
  const name = uniqueName(taken, () =>
    fillTemplate(rng.pick(LUXURY_TEMPLATES), {
      area: rng.pick(city.curated.areas),
      adj: rng.pick(LUXURY_WORDS),
    }),
  );
  return Object.freeze({
    name,
    city: city.info.name,
    roomType,
    forbids: Object.freeze(rng.chance(0.5) ? ['smoking', 'parties'] : ['smoking']) as HouseRule[],
    minimumNights: rng.int(1, 2),
    maximumOccupancy: occupancy,
    rating,
    pricePerNight: wholeDollars(price, MIN_NIGHTLY_PRICE),
  });
}

const LUXURY_TEMPLATES = ['{adj} penthouse in {area}', 'The {area} {adj} suite', '{adj} residence in {area}'];
const LUXURY_WORDS = ['Grand', 'Signature', 'Palatial', 'Skyline', 'Heritage', 'Royal'];

/** What the family-home guarantee promises: a whole home that takes pets and children for 1–2 nights. */
export function isFamilyFriendlyHome(stay: Stay): boolean {
  return (
    stay.roomType === 'Entire home/apt' &&
    !stay.forbids.includes('pets') &&
    !stay.forbids.includes('children under 10') &&
    stay.minimumNights <= 2
  );
}

function randomStay(rng: Rng, city: SandboxCity, taken: Set<string>): Stay {
  const roomType = rng.weighted<RoomType>(
    ['Entire home/apt', 'Private room', 'Shared room'],
    [0.5, 0.35, 0.15],
  );
  const forbids = HOUSE_RULES.filter((rule) => rng.chance(FORBID_CHANCE[rule]));
  const stayLength = rng.weighted(['night', 'weekend', 'week', 'month'] as const, [0.45, 0.27, 0.24, 0.04]);
  const minimumNights = { night: 1, weekend: 2, week: rng.int(3, 7), month: 30 }[stayLength];
  return buildStay(rng, city, taken, roomType, occupancyFor(roomType, rng), forbids, minimumNights);
}

function familyHome(rng: Rng, city: SandboxCity, taken: Set<string>): Stay {
  const forbids = (['smoking', 'parties'] as const).filter(() => rng.chance(0.6));
  return buildStay(rng, city, taken, 'Entire home/apt', rng.pick([4, 4, 5, 6]), forbids, rng.int(1, 2));
}

function occupancyFor(roomType: RoomType, rng: Rng): number {
  if (roomType === 'Entire home/apt') return rng.pick([2, 2, 3, 4, 4, 4, 5, 6, 6, 8]);
  if (roomType === 'Private room') return rng.pick([1, 2, 2, 2, 3]);
  return rng.pick([1, 1, 2]);
}

function buildStay(
  rng: Rng,
  city: SandboxCity,
  taken: Set<string>,
  roomType: RoomType,
  maximumOccupancy: number,
  forbids: HouseRule[],
  minimumNights: number,
): Stay {
  const rating = drawRating(rng);
  const base =
    roomType === 'Entire home/apt'
      ? 85 + 25 * maximumOccupancy
      : roomType === 'Private room'
        ? 55 + 10 * maximumOccupancy
        : 32 + 4 * maximumOccupancy;
  // Better-rated places charge more; monthly lets are discounted.
  const quality = 0.85 + 0.1 * (rating - 3);
  const monthly = minimumNights >= 30 ? 0.75 : 1;
  const price = base * city.curated.costIndex * quality * monthly * rng.float(0.85, 1.2);
  return Object.freeze({
    name: uniqueName(taken, () => stayName(rng, city, roomType)),
    city: city.info.name,
    roomType,
    forbids: Object.freeze(forbids) as HouseRule[],
    minimumNights,
    maximumOccupancy,
    rating,
    pricePerNight: wholeDollars(price, MIN_NIGHTLY_PRICE),
  });
}

function stayName(rng: Rng, city: SandboxCity, roomType: RoomType): string {
  // Short sight names read naturally in "near …"; long official names do not.
  const sights = city.curated.sights.map(([name]) => name).filter((name) => name.length <= 30);
  const name = fillTemplate(rng.pick(TEMPLATES[roomType]), {
    adj: rng.pick(STAY_ADJECTIVES),
    home: rng.pick(HOME_NOUNS),
    room: rng.pick(ROOM_NOUNS),
    shared: rng.pick(SHARED_NOUNS),
    feature: rng.pick(STAY_FEATURES),
    area: rng.pick(city.curated.areas),
    sight: sights.length > 0 ? rng.pick(sights) : city.info.name,
  });
  return name.charAt(0).toUpperCase() + name.slice(1);
}
