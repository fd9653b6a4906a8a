import type { DietaryNeed } from '../../domain/common.schema.js';
import type { Rng } from './prng.js';

/**
 * Chance that a kitchen of a cuisine reliably serves a need: curry houses and mezze bars mostly
 * cook vegetarian, steakhouses and fish houses rarely do; halal is common in Middle Eastern,
 * North African, Malaysian and Indian kitchens; kosher is rare everywhere. Unknown cuisines use
 * the defaults. A restaurant serving several cuisines takes the most likely one.
 */
const VEGETARIAN: Readonly<Record<string, number>> = {
  Indian: 0.85,
  Vegetarian: 1,
  Vegan: 1,
  'Street Food': 0.6,
  Mediterranean: 0.7,
  'Middle Eastern': 0.75,
  Thai: 0.55,
  Italian: 0.55,
  Pizza: 0.55,
  Cafe: 0.55,
  Tea: 0.5,
  Bakery: 0.45,
  Tofu: 0.9,
  Chinese: 0.35,
  Mexican: 0.4,
  Japanese: 0.3,
  Desserts: 0.35,
  French: 0.25,
  American: 0.25,
  'Fast Food': 0.2,
  BBQ: 0.05,
  'Korean BBQ': 0.05,
  Steakhouse: 0.05,
  Churrascaria: 0.03,
  Braai: 0.05,
  Seafood: 0.08,
  Ceviche: 0.08,
};
const HALAL: Readonly<Record<string, number>> = {
  Moroccan: 0.9,
  Egyptian: 0.9,
  'Middle Eastern': 0.8,
  Turkish: 0.8,
  Malaysian: 0.85,
  Hawker: 0.5,
  Indian: 0.35,
  Mediterranean: 0.35,
  'Fast Food': 0.1,
};
const GLUTEN_FREE: Readonly<Record<string, number>> = {
  Mexican: 0.45,
  Thai: 0.45,
  Indian: 0.4,
  Japanese: 0.35,
  Seafood: 0.4,
  Steakhouse: 0.35,
  Ceviche: 0.5,
  Vegan: 0.45,
  Bakery: 0.12,
  Pizza: 0.2,
};
const DEFAULTS = { vegetarian: 0.3, vegan: 0.35, halal: 0.03, kosher: 0.02, glutenFree: 0.25 };

const likeliest = (table: Readonly<Record<string, number>>, cuisines: readonly string[], fallback: number) =>
  Math.max(...cuisines.map((c) => table[c] ?? fallback));

/**
 * The needs a restaurant reliably serves, drawn from its cuisines (stable per restaurant: the
 * caller's rng is keyed by it). Vegan kitchens are a share of the vegetarian ones; a restaurant
 * with a Vegan or Vegetarian cuisine always serves it.
 */
export function drawDietary(rng: Rng, cuisines: readonly string[], kosherShare: number): DietaryNeed[] {
  const tags: DietaryNeed[] = [];
  const vegetarian = rng.chance(likeliest(VEGETARIAN, cuisines, DEFAULTS.vegetarian));
  if (vegetarian || cuisines.includes('Vegan') || cuisines.includes('Vegetarian')) tags.push('vegetarian');
  if (cuisines.includes('Vegan') || (vegetarian && rng.chance(DEFAULTS.vegan))) tags.push('vegan');
  if (rng.chance(likeliest(HALAL, cuisines, DEFAULTS.halal))) tags.push('halal');
  if (rng.chance(kosherShare)) tags.push('kosher');
  if (rng.chance(likeliest(GLUTEN_FREE, cuisines, DEFAULTS.glutenFree))) tags.push('gluten-free');
  return tags;
}
