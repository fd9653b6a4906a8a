import type { Restaurant } from '../domain/inventory.schema.js';
import { cuisineKeys } from './cuisine-keys.js';
import { nameKey } from './names.js';

/**
 * The kitchens a traveller who loves a cuisine counts as that cuisine (keys as `nameKey` spells
 * them): the regional and dish kitchens listings name instead ("Kaiseki", "Sushi" and "Ramen" in
 * Kyoto are Japanese food; "Tuscan" in Florence is Italian). Only for spreading a loved cuisine
 * over the trip: the cuisine check itself still asks for the cuisine by its name.
 */
const KINDS: Readonly<Record<string, readonly string[]>> = {
  japanese: [
    'sushi',
    'ramen',
    'kaiseki',
    'izakaya',
    'okonomiyaki',
    'takoyaki',
    'tempura',
    'yakitori',
    'tofu',
  ],
  mexican: ['tacos', 'tex-mex', 'yucatecan', 'oaxacan', 'sonoran', 'mole', 'birria', 'tortas ahogadas'],
  italian: ['roman', 'tuscan', 'venetian', 'lombard', 'neapolitan', 'sicilian', 'pizza'],
  chinese: ['dim sum', 'cantonese', 'sichuan', 'shanghainese', 'peking duck', 'dumplings'],
  indian: ['north indian', 'mughlai', 'rajasthani'],
  spanish: ['tapas', 'paella', 'catalan'],
  french: ['lyonnaise bouchon', 'nicoise'],
  seafood: ['crab shack', 'ceviche'],
  mediterranean: ['greek', 'taverna'],
  vietnamese: ['pho'],
  korean: ['korean bbq'],
};

const kindSets = new Map<string, ReadonlySet<string>>();

/** The cuisine's own key and those of its kinds (made once per cuisine). */
export function kindsOf(cuisine: string): ReadonlySet<string> {
  let kinds = kindSets.get(cuisine);
  if (kinds === undefined) {
    const key = nameKey(cuisine);
    kinds = new Set([key, ...(KINDS[key] ?? [])]);
    kindSets.set(cuisine, kinds);
  }
  return kinds;
}

/** Whether `r`'s main (first) cuisine is `cuisine` or a kind of it. */
export function cooksAsMain(r: Pick<Restaurant, 'cuisines'>, cuisine: string): boolean {
  const first = cuisineKeys(r)[0];
  return first !== undefined && kindsOf(cuisine).has(first);
}

/** Whether any of `r`'s cuisines is `cuisine` or a kind of it. */
export function cooks(r: Pick<Restaurant, 'cuisines'>, cuisine: string): boolean {
  const kinds = kindsOf(cuisine);
  return cuisineKeys(r).some((c) => kinds.has(c));
}
