import type { Restaurant } from '../domain/inventory.schema.js';
import { cuisineKeys } from './cuisine-keys.js';
import { kindsOf } from './meal-cuisine-families.js';
import { nameKey } from './names.js';

/**
 * The kitchens a country's own food is cooked at, by country (keys as `nameKey` spells them):
 * the national cuisine, its regional kitchens (Roman, Tuscan and Venetian are Italian food;
 * Kaiseki in Kyoto, Cantonese in Hong Kong) and the dishes listings name instead (Tapas, Pho,
 * Pierogi). Checked against what the sandbox's restaurants list as their main cuisine in each
 * country; a generic kitchen counts only where the country's listings use it for their own food
 * (Seafood in Lisbon, Street Food in Bangkok, Steakhouse in Buenos Aires). Desserts and cafés
 * are left out: they make no lunch or dinner.
 */
const LOCAL_KITCHENS: Readonly<Record<string, readonly string[]>> = {
  // A country whose own food is one cuisine and all its kinds (meal-cuisine-families.ts).
  italy: [...kindsOf('italian')],
  japan: [
    'japanese',
    'sushi',
    'ramen',
    'kaiseki',
    'izakaya',
    'okonomiyaki',
    'takoyaki',
    'tempura',
    'yakitori',
  ],
  france: ['french', 'creperie', 'lyonnaise bouchon', 'nicoise', 'bistro', 'brasserie', 'provencal'],
  spain: ['spanish', 'tapas', 'paella', 'catalan', 'basque'],
  portugal: ['portuguese', 'seafood'],
  mexico: ['mexican', 'tacos', 'oaxacan', 'mole', 'yucatecan', 'birria', 'tortas ahogadas'],
  thailand: ['thai', 'street food'],
  china: [...kindsOf('chinese')],
  'hong kong': ['cantonese', 'dim sum', 'chinese'],
  taiwan: ['taiwanese', 'night market'],
  india: ['indian', 'north indian', 'south indian', 'mughlai', 'rajasthani', 'street food'],
  greece: ['greek', 'taverna', 'mediterranean'],
  turkiye: ['turkish', 'kebab'],
  vietnam: ['vietnamese', 'pho'],
  'south korea': ['korean', 'korean bbq'],
  peru: ['peruvian', 'ceviche'],
  germany: ['german', 'bavarian', 'beer garden'],
  austria: ['austrian', 'coffeehouse'],
  switzerland: ['swiss', 'fondue'],
  belgium: ['belgian', 'frites'],
  netherlands: ['dutch', 'indonesian'],
  'czech republic': ['czech'],
  hungary: ['hungarian'],
  poland: ['polish', 'pierogi'],
  croatia: ['croatian', 'seafood'],
  'united kingdom': ['british', 'pub food', 'scottish', 'english'],
  ireland: ['irish', 'pub food'],
  iceland: ['icelandic', 'seafood'],
  denmark: ['danish', 'new nordic'],
  sweden: ['swedish', 'fika'],
  norway: ['norwegian', 'seafood'],
  morocco: ['moroccan'],
  bahamas: ['bahamian', 'conch', 'seafood'],
  jamaica: ['jamaican', 'jerk'],
  'dominican republic': ['dominican', 'seafood'],
  cambodia: ['khmer', 'amok'],
  egypt: ['egyptian', 'middle eastern'],
  israel: ['israeli', 'middle eastern'],
  'united arab emirates': ['emirati', 'middle eastern'],
  qatar: ['qatari', 'middle eastern'],
  singapore: ['singaporean', 'hawker', 'malaysian'],
  malaysia: ['malaysian', 'hawker'],
  indonesia: ['indonesian', 'balinese'],
  philippines: ['filipino', 'lechon'],
  brazil: ['brazilian', 'churrascaria'],
  argentina: ['argentinian', 'argentine', 'steakhouse'],
  chile: ['chilean', 'seafood'],
  colombia: ['colombian'],
  cuba: ['cuban'],
  'puerto rico': ['puerto rican', 'seafood'],
  canada: ['canadian', 'quebecois', 'donair', 'poutine'],
  'united states': [
    'american',
    'burgers',
    'steakhouse',
    'bbq',
    'southern',
    'soul food',
    'cajun',
    'creole',
    'tex-mex',
    'new mexican',
    'southwestern',
    'lowcountry',
  ],
  australia: ['australian', 'seafood'],
  'new zealand': ['new zealand', 'seafood'],
  'south africa': ['south african', 'braai'],
  kenya: ['kenyan', 'nyama choma'],
};

/** Other spellings providers use for the same country. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  turkey: 'turkiye',
  korea: 'south korea',
  'republic of korea': 'south korea',
  czechia: 'czech republic',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  usa: 'united states',
  'united states of america': 'united states',
  uae: 'united arab emirates',
};

function kitchensOf(country: string): readonly string[] {
  const key = nameKey(country);
  return LOCAL_KITCHENS[COUNTRY_ALIASES[key] ?? key] ?? [];
}

/** The kitchens of `country`'s own food (normalised cuisine keys); empty when the table has none. */
export function localKitchenKeys(country: string): ReadonlySet<string> {
  return new Set(kitchensOf(country));
}

/** What `country`'s own food is called ("Italian", "Cantonese" for Hong Kong); null when unknown. */
export function localFoodName(country: string): string | null {
  const first = kitchensOf(country)[0];
  return first === undefined ? null : first.replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

/** The country of each of `names` the world knows, by name (what `localKitchensByCity` reads). */
export function cityCountries(
  resolve: (name: string) => { country: string } | undefined,
  names: Iterable<string>,
): Record<string, string> {
  const countries: Record<string, string> = {};
  for (const name of names) {
    const country = resolve(name)?.country;
    if (country !== undefined) countries[name] = country;
  }
  return countries;
}

/** Whether `r`'s main (first) cuisine is one of the `local` kitchens. */
export function cooksLocally(r: Pick<Restaurant, 'cuisines'>, local: ReadonlySet<string>): boolean {
  const first = cuisineKeys(r)[0];
  return first !== undefined && local.has(first);
}

/** Whether two kitchens cook the same main (first) cuisine. */
export function sameMainCuisine(a: Pick<Restaurant, 'cuisines'>, b: Pick<Restaurant, 'cuisines'>): boolean {
  return cuisineKeys(a)[0] === cuisineKeys(b)[0];
}

/** A city's own food for a party from elsewhere: what it is called, and its kitchens. */
export interface LocalFood {
  /** "Italian food", "Creole and Cajun food", "seafood": what a note calls it. */
  name: string;
  kitchens: ReadonlySet<string>;
}

/**
 * The food a city at home is visited for (keys as `nameKey` spells them), checked against what
 * the sandbox's restaurants there list as their main cuisine: a New Yorker in Chicago eats as
 * they always do, but in New Orleans looks for Creole and Cajun kitchens, in Kansas City barbecue.
 */
const SIGNATURE_FOOD: Readonly<Record<string, { name: string; kitchens: readonly string[] }>> = {
  'new orleans': { name: 'Creole and Cajun food', kitchens: ['creole', 'cajun', 'seafood'] },
  memphis: { name: 'Southern food and barbecue', kitchens: ['bbq', 'southern', 'soul food'] },
  nashville: { name: 'Southern food and hot chicken', kitchens: ['hot chicken', 'southern', 'bbq'] },
  austin: { name: 'Tex-Mex and barbecue', kitchens: ['tex-mex', 'bbq', 'tacos'] },
  'san antonio': { name: 'Tex-Mex and barbecue', kitchens: ['tex-mex', 'bbq', 'tacos'] },
  'kansas city': { name: 'barbecue', kitchens: ['bbq'] },
  'santa fe': { name: 'New Mexican food', kitchens: ['new mexican', 'southwestern'] },
  albuquerque: { name: 'New Mexican food', kitchens: ['new mexican', 'southwestern'] },
  charleston: { name: 'Lowcountry food', kitchens: ['lowcountry', 'southern', 'seafood'] },
  savannah: { name: 'Lowcountry food', kitchens: ['lowcountry', 'southern', 'seafood'] },
  honolulu: { name: 'Hawaiian food', kitchens: ['hawaiian', 'poke'] },
  miami: { name: 'Cuban food', kitchens: ['cuban'] },
  'key west': { name: 'Cuban food and seafood', kitchens: ['cuban', 'seafood'] },
};

/**
 * What `city` (in `country`) is visited for by a party from `origin` (in `home`): abroad, its
 * country's own food; at home, the food the city is known for, unless the party's own city is
 * known for the same (from Austin, San Antonio's Tex-Mex is no discovery); else null. Null too
 * where either country is unknown.
 */
export function localFoodOf(
  city: string,
  country: string | undefined,
  origin: string,
  home: string | undefined,
): LocalFood | null {
  if (country === undefined || home === undefined || nameKey(city) === nameKey(origin)) return null;
  if (nameKey(country) !== nameKey(home)) {
    const name = localFoodName(country);
    return name === null ? null : { name: `${name} food`, kitchens: localKitchenKeys(country) };
  }
  const signature = SIGNATURE_FOOD[nameKey(city)];
  if (!signature) return null;
  const own = new Set(SIGNATURE_FOOD[nameKey(origin)]?.kitchens ?? []);
  if (signature.kitchens.some((k) => own.has(k))) return null;
  return { name: signature.name, kitchens: new Set(signature.kitchens) };
}

/**
 * Per city (key as `nameKey` spells it) the kitchens of the food it is visited for by this party
 * (`localFoodOf`): abroad, its country's; at home, what the city is known for.
 */
export function localKitchensByCity(
  countries: Readonly<Record<string, string>>,
  origin: string,
): Map<string, ReadonlySet<string>> {
  const byKey = new Map(Object.entries(countries).map(([city, country]) => [nameKey(city), country]));
  const home = byKey.get(nameKey(origin));
  const local = new Map<string, ReadonlySet<string>>();
  for (const [city, country] of byKey) {
    const food = localFoodOf(city, country, origin, home);
    if (food && food.kitchens.size > 0) local.set(city, food.kitchens);
  }
  return local;
}
