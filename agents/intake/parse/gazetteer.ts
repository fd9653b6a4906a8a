/** The places a request may name, and the index that finds them in text. */

import { US_STATE_CODES } from '../../../tools/domain/us-states.js';

export interface GazetteerCity {
  readonly name: string;
  /** State, province or similar: "California". */
  readonly region: string;
  readonly country: string;
  /** Other names the world knows the city by ("Vegas"); optional. */
  readonly aliases?: readonly string[];
  /** IATA codes of its airports ("JFK"); optional. */
  readonly airports?: readonly string[];
}

export interface Gazetteer {
  readonly cities: readonly GazetteerCity[];
  /** Regions that can be a destination (states, provinces, countries). */
  readonly regions: readonly string[];
}

/** A place name as a token sequence, with what it names. */
export interface PlaceName {
  readonly tokens: readonly string[];
  readonly city: GazetteerCity | undefined;
  readonly region: string | undefined;
  /** Every city of this name when several share it ("Columbus", Ohio and Georgia). */
  readonly namesakes: readonly GazetteerCity[];
}

export interface GazetteerIndex {
  /** Names by first token, longest first, so "Salt Lake City" wins over "Salt Lake". */
  readonly byFirstToken: ReadonlyMap<string, readonly PlaceName[]>;
  /** Region adjectives ("texan", "californian", "italian") → region. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Upper-case postal abbreviations ("CA") → region, for the regions the gazetteer has. */
  readonly abbreviations: ReadonlyMap<string, string>;
}

// Spelling variants folded on both sides, so "St Petersburg", "Saint Petersburg" and
// "St. Petersburg" are one name.
const TOKEN_ALIASES: Record<string, string> = { saint: 'st', sainte: 'ste', mount: 'mt', fort: 'ft' };

/** One word's match key: no apostrophes or dots, aliases folded. */
export function foldToken(word: string): string {
  const key = word.replace(/['\u2019.]/g, '');
  return TOKEN_ALIASES[key] ?? key;
}

/** A name's match tokens: lower case, no accents or apostrophes, aliases folded. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .map(foldToken);
}

/**
 * Candidate adjectives for a region, by the regular English endings: Texas → Texan, Colorado →
 * Coloradan, Florida → Floridian, Oregon → Oregonian, Italy → Italian, Japan → Japanese,
 * France → French. Wrong guesses are harmless: they are only looked for before "cities".
 */
function demonymsOf(region: string): string[] {
  const r = region.toLowerCase();
  if (!/^[a-z]+$/.test(r)) return [];
  return [
    `${r}n`,
    `${r}an`,
    `${r}ian`,
    `${r}ese`,
    r.replace(/s$/, 'n'),
    r.replace(/a$/, 'ian'),
    r.replace(/a$/, 'ese'),
    r.replace(/o$/, 'an'),
    r.replace(/y$/, 'ian'),
    r.replace(/y$/, ''),
    r.replace(/ce$/, 'ch'),
    r.replace(/ain$/, 'anish'),
    r.replace(/ey$/, 'ish'),
  ].filter((d) => d !== r);
}

function buildIndex(gazetteer: Gazetteer): GazetteerIndex {
  const regions = new Map<string, string>();
  // Countries count as regions too ("3 cities in Japan"), after the listed regions.
  for (const r of [...gazetteer.regions, ...gazetteer.cities.map((c) => c.country)]) {
    const key = nameTokens(r).join(' ');
    if (key && !regions.has(key)) regions.set(key, r);
  }
  const names = new Map<
    string,
    { tokens: string[]; city?: GazetteerCity; region?: string; namesakes?: GazetteerCity[] }
  >();
  for (const city of gazetteer.cities) {
    const tokens = nameTokens(city.name);
    const key = tokens.join(' ');
    const entry = names.get(key);
    if (tokens.length > 0 && !entry) names.set(key, { tokens, city, namesakes: [city] });
    else entry?.namesakes?.push(city);
  }
  for (const [key, region] of regions) {
    const entry = names.get(key) ?? { tokens: key.split(' ') };
    names.set(key, { ...entry, region });
  }
  const byFirstToken = new Map<string, PlaceName[]>();
  for (const { tokens, city, region, namesakes } of names.values()) {
    const first = tokens[0]!;
    const name = { tokens, city, region, namesakes: namesakes ?? [] };
    byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), name]);
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const demonyms = new Map<string, string>();
  for (const region of regions.values()) {
    for (const d of demonymsOf(region)) if (!demonyms.has(d)) demonyms.set(d, region);
  }
  const abbreviations = new Map<string, string>();
  for (const [abbr, state] of Object.entries(US_STATE_CODES)) {
    const region = regions.get(nameTokens(state).join(' '));
    if (region !== undefined) abbreviations.set(abbr, region);
  }
  return { byFirstToken, demonyms, abbreviations };
}

// Indexes are built once per gazetteer object: callers pass the same gazetteer for every request.
const cache = new WeakMap<Gazetteer, GazetteerIndex>();

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  let index = cache.get(gazetteer);
  if (index === undefined) {
    index = buildIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}
