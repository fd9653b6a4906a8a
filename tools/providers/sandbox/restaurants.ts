import type { Restaurant } from '../../domain/inventory.schema.js';
import { PERSON_NAMES, RESTAURANT_WORDS } from './data/name-parts.js';
import { drawDietary } from './dietary-tags.js';
import { drawRating, fillTemplate, uniqueName, wholeDollars } from './draw.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng, type Rng } from './prng.js';

/** Cuisines every city serves at least twice, so cuisine constraints are satisfiable anywhere. */
export const COMMON_CUISINES: readonly string[] = [
  'Mexican',
  'Italian',
  'Chinese',
  'Indian',
  'Mediterranean',
  'French',
  'American',
];
const OTHER_CUISINES = [
  'Japanese',
  'Thai',
  'Seafood',
  'BBQ',
  'Pizza',
  'Cafe',
  'Bakery',
  'Desserts',
  'Fast Food',
  'Tea',
];

/** Typical spend per person in a US big city (cost index 1); unknown local cuisines use 26. */
const BASE_COST: Readonly<Record<string, number>> = {
  'Fast Food': 12,
  Bakery: 13,
  Tea: 13,
  Cafe: 15,
  Desserts: 14,
  Pizza: 18,
  Mexican: 22,
  Chinese: 24,
  Thai: 24,
  Indian: 26,
  American: 28,
  BBQ: 28,
  Mediterranean: 30,
  Italian: 34,
  Japanese: 38,
  Seafood: 45,
  French: 52,
};

const NAME_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  Mexican: ['Taqueria {w}', 'El {w}', 'Casa {p}', 'La Cocina de {p}'],
  Italian: ['Trattoria {w}', 'Osteria {w}', "{p}'s Italian Kitchen", 'Cucina {p}'],
  Chinese: ['{w} Garden', 'Golden {w} Palace', '{w} Dumpling House', 'Jade {w}'],
  Indian: ['Taj {w}', '{w} Curry House', 'Spice of {area}', 'Tandoori {w}'],
  Mediterranean: ['{w} Mezze', 'Olive & {w}', '{w} Grill', 'Aegean {w}'],
  French: ['Bistro {w}', 'Chez {p}', 'Brasserie {w}', 'Le Petit {w}'],
  American: ['The {w} Diner', "{p}'s Kitchen", '{w} Tavern', 'The {area} Table'],
  Japanese: ['{w} Sushi', 'Izakaya {w}', 'Ramen {w}'],
  Thai: ['{w} Thai Kitchen', 'Bangkok {w}', 'Thai {w}'],
  Seafood: ['The {w} Oyster Bar', '{w} Fish House', '{area} Catch'],
  BBQ: ["{p}'s Smokehouse", '{w} BBQ Pit'],
  Pizza: ['{w} Pizza Co.', "{p}'s Pizzeria"],
  Cafe: ['{w} Coffee', 'Café {w}', 'The {w} Bean'],
  Bakery: ['{w} Bakery', 'Crumb & {w}'],
  Desserts: ['{w} Creamery', 'Sweet {w}'],
  'Fast Food': ['{w} Burger', '{w} Express'],
  Tea: ['{w} Tea House', 'Tea & {w}'],
  Vegan: ['{w} Plant Kitchen', 'Green {w}', 'Sprout & {w}'],
  Vegetarian: ['{w} Veggie House', 'The Green {w} Table', 'Garden of {area}'],
};
/** Plant-based places every city has (real cities all do), so a vegan party can eat anywhere. */
const PLANT_BASED = ['Vegan', 'Vegetarian', 'Vegan'] as const;
/** Share of kosher kitchens: rare, more where large Jewish communities live. */
const KOSHER_SHARE: Readonly<Record<string, number>> = {
  'New York': 0.12,
  London: 0.06,
  Paris: 0.05,
  'Tel Aviv': 0.35,
};
const LOCAL_TEMPLATES = ['{w} {cuisine} Kitchen', "{p}'s {cuisine}", '{area} {cuisine} Co.'];

/**
 * The city's restaurants: 20–35 with 1–4 cuisines each, every common cuisine at least twice,
 * local cuisines mixed in, cost per person scaled by the city's cost index ($10–80); then three
 * plant-based places; each tagged with the dietary needs it honestly serves (dietary-tags.ts).
 * Deterministic per (seed, city).
 */
export function synthesizeRestaurants(seed: number, city: SandboxCity): Restaurant[] {
  const rng = createRng(seed, 'restaurants', city.info.name);
  const count = 18 + 3 * city.curated.size + rng.int(0, 5);
  const local = [...new Set([...(city.curated.cuisines ?? []), ...city.curated.localCuisines])];
  const primaries = [...COMMON_CUISINES, ...COMMON_CUISINES];
  while (primaries.length < count) {
    primaries.push(local.length > 0 && rng.chance(0.35) ? rng.pick(local) : rng.pick(OTHER_CUISINES));
  }
  const taken = new Set<string>();
  const restaurants = rng.shuffle(
    primaries.map((primary) => buildRestaurant(rng, city, taken, primary, local)),
  );
  // Plant-based places on a separate stream, appended, so the restaurants above stay as they were.
  // (Variety needs no more: a big city's 27+ places cover a month with a 3-day repeat gap, and
  // every extra restaurant costs planning time.)
  const more = createRng(seed, 'restaurants-more', city.info.name);
  restaurants.push(...PLANT_BASED.map((primary) => buildRestaurant(more, city, taken, primary, local)));
  const kosher = KOSHER_SHARE[city.info.name] ?? 0.02;
  // Tags on their own stream per restaurant: honest for its cuisines, stable for its name.
  return restaurants.map((r) =>
    Object.freeze({
      ...r,
      dietary: Object.freeze(
        drawDietary(createRng(seed, 'dietary', city.info.name, r.name), r.cuisines, kosher),
      ) as Restaurant['dietary'],
    }),
  );
}

function buildRestaurant(
  rng: Rng,
  city: SandboxCity,
  taken: Set<string>,
  primary: string,
  local: readonly string[],
): Restaurant {
  const cuisines = [primary];
  const extras = rng.weighted([0, 1, 2, 3], [0.3, 0.35, 0.25, 0.1]);
  const pool = [...COMMON_CUISINES, ...OTHER_CUISINES, ...local];
  while (cuisines.length < 1 + extras) {
    const next = rng.pick(pool);
    if (!cuisines.includes(next)) cuisines.push(next);
  }
  const base = BASE_COST[primary] ?? 26;
  const averageCost = Math.min(80, wholeDollars(base * city.curated.costIndex * rng.float(0.75, 1.35), 10));
  return Object.freeze({
    name: uniqueName(taken, () => restaurantName(rng, city, primary)),
    city: city.info.name,
    cuisines: Object.freeze(cuisines) as string[],
    dietary: [],
    averageCost,
    rating: drawRating(rng),
  });
}

function restaurantName(rng: Rng, city: SandboxCity, primary: string): string {
  const template = rng.pick(NAME_TEMPLATES[primary] ?? LOCAL_TEMPLATES);
  return fillTemplate(template, {
    w: rng.pick(RESTAURANT_WORDS),
    p: rng.pick(PERSON_NAMES),
    area: rng.pick(city.curated.areas),
    cuisine: primary,
  });
}
