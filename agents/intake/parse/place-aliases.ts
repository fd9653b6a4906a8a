import type { RequestProblem } from '../../../tools/domain/trip-spec.schema.js';
import { US_STATE_CODES } from '../../../tools/domain/us-states.js';
import { type GazetteerCity, nameTokens } from './gazetteer.js';
import { matchAll, type RequestText, toRequestText } from './text.js';

/**
 * Nicknames, abbreviations and local spellings people use for cities, by canonical name. Used
 * only for cities the gazetteer has, so a world without New York never hears "NYC".
 */
const NICKNAMES: Record<string, readonly string[]> = {
  // "NY" alone is the city too ("NY to London"); after a city it is the state ("Buffalo, NY"),
  // which the place mentions already cover.
  'New York': ['NY', 'nyc', 'n.y.c.', 'new york city', 'the big apple', 'big apple', 'manhattan', 'brooklyn'],
  'Los Angeles': ['LA', 'L.A.', 'the city of angels'],
  'San Francisco': ['SF', 'S.F.', 'san fran', 'frisco', 'the bay area', 'bay area'],
  'Las Vegas': ['vegas', 'sin city', 'LV'],
  Washington: ['DC', 'D.C.', 'washington dc', 'washington d.c.', "the nation's capital"],
  'New Orleans': ['nola', 'the big easy'],
  Chicago: ['CHI', 'chi-town', 'chitown', 'chi town', 'the windy city', 'windy city', 'chi-city'],
  Philadelphia: ['philly'],
  Boston: ['beantown'],
  'Salt Lake City': ['slc', 'salt lake'],
  Atlanta: ['ATL', 'hotlanta'],
  'St. Louis': ['STL', 'saint louis'],
  Nashville: ['music city'],
  Denver: ['the mile high city', 'mile high city'],
  Indianapolis: ['indy'],
  Detroit: ['motor city', 'motown'],
  Minneapolis: ['MPLS', 'the twin cities', 'twin cities'],
  Houston: ['h-town'],
  Austin: ['ATX'],
  'Kansas City': ['KC'],
  'Oklahoma City': ['OKC'],
  'Mexico City': ['cdmx', 'ciudad de mexico', 'mexico df', 'mexico d.f.'],
  'Rio de Janeiro': ['rio'],
  Mumbai: ['bombay'],
  Beijing: ['peking'],
  'Ho Chi Minh City': ['saigon'],
  Rome: ['roma'],
  Florence: ['firenze'],
  Venice: ['venezia'],
  Milan: ['milano'],
  Naples: ['napoli'],
  Lisbon: ['lisboa'],
  Prague: ['praha'],
  Munich: ['munchen', 'muenchen'],
  Cologne: ['koln', 'koeln'],
  Vienna: ['wien'],
  Seville: ['sevilla'],
  Brussels: ['bruxelles', 'brussel'],
  Copenhagen: ['kobenhavn'],
  Marrakesh: ['marrakech'],
  Cusco: ['cuzco'],
  Cancún: ['cancun'],
  Kyoto: ['kyōto'],
  Honolulu: ['waikiki'],
};

/**
 * Airports people name rather than code ("Heathrow to Barcelona"): the city they serve. Only
 * names that are no town or word of their own ("Newark", "Midway" are left out).
 */
const AIRPORT_NAMES: Record<string, readonly string[]> = {
  London: ['heathrow', 'gatwick', 'stansted', 'london city airport'],
  'New York': ['jfk airport', 'laguardia', 'la guardia'],
  Chicago: ["o'hare", 'ohare'],
  Paris: ['charles de gaulle', 'cdg airport', 'orly'],
  Tokyo: ['narita', 'haneda'],
  Washington: ['dulles', 'reagan national'],
  Toronto: ['pearson airport', 'toronto pearson'],
  Rome: ['fiumicino'],
  Milan: ['malpensa'],
  Istanbul: ['ataturk airport'],
  Amsterdam: ['schiphol'],
  Dubai: ['dubai international'],
};

/** Lower-case words that look like a place after "to"/"in" but are not ("to relax", "in total"). */
const COMMON_WORDS = new Set(
  `about above after again along also always another around because before being below between both
  break couple during early either enjoy every explore family first friends going great holiday
  hotel later maybe might months nights other place places please quick really relax should since
  since something spend start still their there these thing things think those though three total
  trip trips under until visit weeks where which while would budget people adults children rooms
  travel flights flight hotels dinner lunch museums beaches tours hiking january february march
  april june july august september october november december monday tuesday wednesday thursday
  friday saturday sunday weekend tomorrow today christmas easter thanksgiving summer winter spring
  autumn nothing anything everything somewhere anywhere city cities town towns state states country
  indian italian mexican chinese french spanish greek japanese korean american mediterranean thai
  vietnamese british german turkish lebanese moroccan peruvian brazilian cuban african asian european
  caribbean cajun southern seafood pizza sushi tapas bakery desserts vegetarian vegan halal kosher
  english irish scottish canadian australian russian polish swiss dutch belgian portuguese indonesian
  filipino ethiopian persian israeli egyptian argentinian colombian chilean hawaiian texan californian`.split(
    /\s+/,
  ),
);

/** A lower-case three-letter code an arrow joins to a place: "nyc→mia", "sea -> lax". */
const LOWER_CODE_BY_ARROW = /(?<=(?:->|=>|\u2192)\s*)\b([a-z]{3})\b|\b([a-z]{3})\b(?=\s*(?:->|=>|\u2192))/g;

/** Two lower-case codes joined by "to" or a dash: "sfo to jfk", "bos-lax". */
const LOWER_CODE_PAIR = /\b([a-z]{3})\s*(?:\bto\b|-)\s*([a-z]{3})\b/g;

/** A short lower-case word beside "to" or an arrow: maybe a code or alias joined to a place. */
const LOWER_BESIDE_TO =
  /\b([a-z]{2,4})\b(?=\s*(?:\bto\b|->|=>|\u2192|-)\s*[a-zA-Z])|(?<=(?:\bto|->|=>|\u2192|[a-z]-)\s*)\b([a-z]{2,4})\b/g;
/** Airport codes and short aliases that are everyday words too: "to sea", "per night", "mad". */
const CODE_WORDS = new Set([
  'sea',
  'sat',
  'man',
  'cos',
  'per',
  'ham',
  'vie',
  'can',
  'san',
  'nap',
  'mad',
  'fat',
  'bus',
  'del',
]);
const JOINER = /^\s*(?:\bto\b|->|=>|\u2192|-)\s*/;
const JOINER_BEFORE = /(?:\bto|->|=>|\u2192|-)\s*$/;

// Each vocabulary's upper-case aliases ("SF", "MPLS") by alias, built once.
const upperAliases = new WeakMap<AliasVocabulary, ReadonlyMap<string, string>>();

function upperAliasesOf(vocabulary: AliasVocabulary): ReadonlyMap<string, string> {
  let map = upperAliases.get(vocabulary);
  if (map === undefined) {
    const built = new Map<string, string>();
    // The first pattern of an alias wins, as the patterns are tried in order.
    for (const p of vocabulary.patterns) if (p.upper && !built.has(p.alias)) built.set(p.alias, p.name);
    map = built;
    upperAliases.set(vocabulary, map);
  }
  return map;
}

/** Up to three capitalised words and a comma before a state's code: "Albany, NY", "Baton Rouge, LA". */
const TOWN_BEFORE_STATE = /\b((?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*),\s*$/;

/** Where a place is expected: the last words before it. */
const PLACE_CUE =
  /(?:\b(?:from|to|in|into|visit|visiting|via|then|and|explore|exploring|around|fly|flying|leaving|leave|departing|depart|out of|towards?|see|seeing|tour|touring|at)|,|->|-)\s+$/;
const STRONG_CUE = /\b(?:from|to|into|visit|visiting|via|then|flying|fly|leaving|departing|out of)\s+$/;

/** One to three words opening a request, then "to"/"from": where a place stands. */
const OPENS_ROUTE = /^((?:[a-z'-]+\s+){1,3}?)(?:to|from|->)\s/;

export interface AliasResult {
  readonly text: RequestText;
  readonly notes: string[];
  readonly problems: RequestProblem[];
  readonly warnings: string[];
}

interface Replacement {
  start: number;
  end: number;
  name: string;
  note?: string;
}

/** Damerau–Levenshtein distance (adjacent transpositions count one edit), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Names written as they sound fold together: "-borough"/"-boro"/"-burgh" endings, "ph" for "f",
 * doubled letters ("Edinborough", "Pittsburg", "Cincinatti").
 */
function soundKey(word: string): string {
  return word
    .replace(/(?:borough|burgh|boro|burg)/g, 'burg')
    .replace(/ph/g, 'f')
    .replace(/([a-z])\1+/g, '$1');
}

/** The edits between a word and a name, a spelling that only sounds different counting one. */
function spellingDistance(
  word: { key: string; sound: string },
  name: { key: string; sound: string },
  cap: number,
): number {
  const d = editDistance(word.key, name.key, cap);
  return d > 1 && word.sound === name.sound ? 1 : d;
}

/** How many edits a word of this length may carry and still be taken as a name. */
const allowedEdits = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

export interface AliasVocabulary {
  /** Lower-case alias (or case-kept for short upper-case ones) → canonical city name. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Upper-case IATA code → canonical city name. */
  readonly airports: ReadonlyMap<string, string>;
  /** Every city and region name, for the typo match: folded key → display name. */
  readonly names: ReadonlyArray<{ key: string; sound: string; name: string; words: number }>;
  /** Each alias's patterns, longest alias first, compiled once per vocabulary. */
  readonly patterns: readonly AliasPattern[];
}

/**
 * One alias, ready to look for. Upper-case aliases ("LA") match as written in a request that has
 * capitals, and in lower case only in an all-lower-case one; the rest match the lower-case text.
 */
interface AliasPattern {
  readonly alias: string;
  readonly name: string;
  readonly upper: boolean;
  /** The surfaces the pattern can match, to skip the regex when none occurs in the text. */
  readonly casedLiterals: readonly string[];
  readonly cased: RegExp;
  readonly lower: RegExp;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const aliasRegex = (alternatives: readonly string[]) =>
  new RegExp(`(?<![\\w.])(?:${alternatives.map(escapeRegex).join('|')})(?![\\w]|\\.\\w)`, 'g');

function compileAlias(alias: string, name: string): AliasPattern {
  const upper = alias === alias.toUpperCase();
  // "Atl", "Nyc": a code of three or more letters typed with only its first capital.
  const casedLiterals =
    upper && /^[A-Z]{3,}$/.test(alias) ? [alias, `${alias[0]}${alias.slice(1).toLowerCase()}`] : [alias];
  const lowerAlias = upper ? alias.toLowerCase() : alias;
  return {
    alias,
    name,
    upper,
    casedLiterals,
    cased: aliasRegex(casedLiterals),
    lower: aliasRegex([lowerAlias]),
  };
}

export function buildVocabulary(
  cities: readonly (GazetteerCity & { aliases?: readonly string[]; airports?: readonly string[] })[],
  regions: readonly string[],
): AliasVocabulary {
  const known = new Set(cities.map((c) => c.name));
  const aliases = new Map<string, string>();
  for (const [name, list] of [...Object.entries(NICKNAMES), ...Object.entries(AIRPORT_NAMES)]) {
    if (!known.has(name)) continue;
    for (const alias of list) aliases.set(alias === alias.toUpperCase() ? alias : alias.toLowerCase(), name);
  }
  const airports = new Map<string, string>();
  for (const city of cities) {
    for (const alias of city.aliases ?? []) {
      // Short capitals ("LA", "L.A.") are words in lower case ("la"): they match only as written.
      const key =
        alias.replace(/\./g, '') === alias.replace(/\./g, '').toUpperCase()
          ? alias
          : toRequestText(alias).lower;
      if (!aliases.has(key) && key !== city.name.toLowerCase()) aliases.set(key, city.name);
    }
    for (const code of city.airports ?? []) if (!airports.has(code)) airports.set(code, city.name);
  }
  const names = new Map<string, { key: string; sound: string; name: string; words: number }>();
  for (const n of [...cities.map((c) => c.name), ...regions, ...cities.map((c) => c.country)]) {
    const tokens = nameTokens(n);
    const key = tokens.join(' ');
    if (key.length >= 4 && !names.has(key))
      names.set(key, { key, sound: soundKey(key), name: n, words: tokens.length });
  }
  const patterns = [...aliases.keys()]
    .sort((a, b) => b.length - a.length)
    .map((alias) => compileAlias(alias, aliases.get(alias)!));
  return { aliases, airports, names: [...names.values()], patterns };
}

/**
 * Rewrites nicknames ("NYC", "the Big Apple"), airport codes ("JFK") and near-misspellings of
 * gazetteer names ("Pheonix") into the canonical names, so the place reader only ever meets
 * names it knows; each rewrite is reported as a note. A misspelling close to two names is left
 * alone and reported as a problem to ask about. `known` are spans already naming a place exactly.
 */
export function resolveAliases(
  text: RequestText,
  vocabulary: AliasVocabulary,
  known: ReadonlyArray<{ start: number; end: number }>,
): AliasResult {
  const notes: string[] = [];
  const problems: RequestProblem[] = [];
  const warnings: string[] = [];
  const replacements: Replacement[] = [];
  // A bare "LA" read as Louisiana's abbreviation is still free to be Los Angeles.
  const names = known.filter((k) => k.end - k.start > 2);
  const free = (start: number, end: number) =>
    !names.some((k) => k.start < end && start < k.end) &&
    !replacements.some((r) => r.start < end && start < r.end);

  // In a request typed all in lower case, "sf to la" still means the cities, next to a cue.
  const hasCapitals = /[A-Z]/.test(text.cased);
  for (const alias of vocabulary.patterns) {
    const lowerOnly = alias.upper && !hasCapitals;
    const casedMatch = alias.upper && !lowerOnly;
    const source = casedMatch ? text.cased : text.lower;
    if (
      casedMatch
        ? !alias.casedLiterals.some((l) => source.includes(l))
        : !source.includes(alias.upper ? alias.alias.toLowerCase() : alias.alias)
    )
      continue;
    for (const m of matchAll(source, casedMatch ? alias.cased : alias.lower)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!free(start, end)) continue;
      if (
        lowerOnly &&
        !/(?:\b(?:from|to|in|into|visit|nights?|days?)|->|=>|>|\u2192)\s*$/.test(
          text.lower.slice(Math.max(0, start - 8), start),
        ) &&
        !/^\s+(?:to|->)\s|^\s*(?:->|=>|\u2192)/.test(text.lower.slice(end, end + 5))
      )
        continue;
      // "Albany, NY": a state's code right after a town's name is that town's state; after a
      // city the gazetteer knows ("Chicago, LA, Vegas") it is the next stop.
      if (US_STATE_CODES[alias.alias] !== undefined) {
        const town = TOWN_BEFORE_STATE.exec(text.cased.slice(Math.max(0, start - 30), start));
        const words = town === null ? [] : nameTokens(town[1]!);
        const known = words.some((_, i) => vocabulary.names.some((n) => n.key === words.slice(i).join(' ')));
        if (town !== null && !known) continue;
      }
      const name = alias.name;
      replacements.push({ start, end, name, note: `Took '${text.cased.slice(start, end)}' as ${name}.` });
    }
  }
  /** The airport code (upper case) at `start`, taken as its city. */
  const takeCode = (start: number, code: string, name: string) =>
    replacements.push({ start, end: start + 3, name, note: `Took the airport code ${code} as ${name}.` });
  for (const m of matchAll(text.cased, /\b[A-Z]{3}\b/g)) {
    const name = vocabulary.airports.get(m[0]);
    if (name === undefined || !free(m.index, m.index + 3)) continue;
    takeCode(m.index, m[0], name);
  }
  // All in lower case, a code is taken only where an arrow joins it to the next or last place
  // ("nyc→mia→nyc"): "sea", "sat" and "nap" are words too.
  if (!hasCapitals) {
    for (const m of matchAll(text.lower, LOWER_CODE_BY_ARROW)) {
      const code = (m[1] ?? m[2])!.toUpperCase();
      const name = vocabulary.airports.get(code);
      if (name === undefined || !free(m.index, m.index + 3)) continue;
      takeCode(m.index, code, name);
    }
    // "sfo to jfk": two codes joined by "to" or a dash are both airports.
    for (const m of matchAll(text.lower, LOWER_CODE_PAIR)) {
      const codes = [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
      const names = codes.map((c) => vocabulary.airports.get(c));
      const starts = [m.index, m.index + m[0].length - 3];
      if (names.some((n) => n === undefined) || !starts.every((s) => free(s, s + 3))) continue;
      for (const [i, code] of codes.entries()) takeCode(starts[i]!, code, names[i]!);
    }
  }

  // "mia to nyc", "lax to Honolulu", "sf to LA": a code or short alias in lower case, whatever the
  // case elsewhere, is a place where "to" or an arrow joins it to a place already found.
  const placeStarts = new Set([...names, ...replacements].map((p) => p.start));
  const placeEnds = new Set([...names, ...replacements].map((p) => p.end));
  for (const m of matchAll(text.cased, LOWER_BESIDE_TO)) {
    const word = (m[1] ?? m[2])!;
    const [start, end] = [m.index, m.index + word.length];
    if (CODE_WORDS.has(word)) continue;
    const upper = word.toUpperCase();
    const name =
      (word.length === 3 ? vocabulary.airports.get(upper) : undefined) ??
      upperAliasesOf(vocabulary).get(upper);
    if (name === undefined || !free(start, end)) continue;
    const gap = JOINER.exec(text.lower.slice(end, end + 6));
    const before = JOINER_BEFORE.exec(text.lower.slice(Math.max(0, start - 6), start));
    const joined =
      (gap !== null && placeStarts.has(end + gap[0].length)) ||
      (before !== null &&
        [...placeEnds].some((e) => /^\s*$/.test(text.lower.slice(e, start - before[0].length))));
    if (!joined) continue;
    if (word.length === 3 && vocabulary.airports.get(upper) === name) takeCode(start, upper, name);
    else replacements.push({ start, end, name, note: `Took '${word}' as ${name}.` });
  }

  // "houston 2 dallas": texting's "2" between two places is "to".
  const spans = [...names, ...replacements];
  for (const m of matchAll(text.lower, /(?<=\S) 2 (?=\S)/g)) {
    const [two, after] = [m.index + 1, m.index + 3];
    if (spans.some((p) => p.end === m.index) && spans.some((p) => p.start === after))
      replacements.push({ start: two, end: two + 1, name: 'to' });
  }

  // Typos: words in a place's position that are no known name but one edit or two from one.
  const beforeKnownPlace = (end: number) => {
    const gap = /^\s+(?:to|->)\s+/.exec(text.lower.slice(end, end + 6));
    return gap !== null && names.some((k) => k.start === end + gap[0].length);
  };
  const lowerOnly = !hasCapitals;
  const words = matchAll(text.cased, /[A-Za-z][A-Za-z'-]*/g);
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!lowerOnly && !/^[A-Z]/.test(first[0])) continue;
    const before = text.lower.slice(Math.max(0, first.index - 20), first.index);
    // A place is expected after a cue word, before "to"/"from", or as the request's first word.
    const atStart = first.index === 0;
    const after = text.lower.slice(first.index, first.index + 40);
    if (!atStart && !PLACE_CUE.test(before) && !/^[a-z' -]+?\s+(?:to|from|->)\s/.test(after)) continue;
    // In all lower case only a strong cue makes a word a place, or a known place it goes to:
    // "chicgo to atlanta".
    // Opening the request before "to"/"from" is a place's position too: "vancover from seattle".
    // Only the words right before the cue are tried then (one to three), not every prefix.
    const opening = atStart ? OPENS_ROUTE.exec(after) : null;
    const strong = STRONG_CUE.test(before) || beforeKnownPlace(first.index + first[0].length);
    if (lowerOnly && !strong && opening === null) continue;
    const openingWords = opening?.[1]?.trim().split(/\s+/).length;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      if (lowerOnly && !strong && n !== openingWords) continue;
      const last = words[i + n - 1]!;
      const [start, end] = [first.index, last.index + last[0].length];
      const surface = text.cased.slice(start, end);
      if (n > 1 && !/^[A-Za-z' -]+$/.test(surface)) continue;
      if (n > 1 && !lowerOnly && !/^[A-Z]/.test(last[0])) continue;
      const key = nameTokens(surface).join(' ');
      if (key.length < 5 || (n === 1 && COMMON_WORDS.has(key)) || !free(start, end)) continue;
      const edits = allowedEdits(key.replace(/ /g, '').length);
      // A short word one edit from a name ("Parks"/"Paris") is taken only where a place must be:
      // after "from"/"to"/"in"/"visit", before "to"/"from", or opening the request.
      const sure =
        atStart ||
        STRONG_CUE.test(before) ||
        /\bin\s+$/.test(before) ||
        /^[a-z' -]+?\s+(?:to|from|->)\s/.test(after);
      if (key.length < 7 && !sure) continue;
      const written = { key, sound: soundKey(key) };
      const scored = vocabulary.names
        // A misspelling keeps its first letter far more often than not; requiring it keeps
        // ordinary words from turning into places.
        .filter((c) => c.words === n && c.key[0] === key[0])
        .map((c) => ({ c, d: spellingDistance(written, c, edits + 1) }))
        .filter((x) => x.d <= edits + 1)
        .sort((a, b) => a.d - b.d);
      const best = scored[0];
      if (best === undefined || best.d === 0 || best.d > edits) continue;
      const rivals = scored.filter((x) => x.d === best.d && x.c.name !== best.c.name);
      if (rivals.length > 0) {
        const field = /\bfrom\s+$/.test(before) ? 'origin' : 'destination';
        const options = [best, ...rivals].map((x) => x.c.name).join(' or ');
        problems.push({ field, message: `'${surface}' is not a place we know; did you mean ${options}?` });
        replacements.push({ start, end, name: surface });
        break;
      }
      replacements.push({ start, end, name: best.c.name, note: `Took '${surface}' as ${best.c.name}.` });
      break;
    }
  }
  if (replacements.length === 0) return { text, notes, problems, warnings };
  const allLower = !/[A-Z]/.test(text.cased);
  let cased = '';
  let at = 0;
  for (const r of replacements.sort((a, b) => a.start - b.start)) {
    // Kept in the writer's case when all is lower case (capitals would mark it alone as a name);
    // beside other capitals a lower-case "vegas" is still a name, so it takes the name's case.
    const surface = text.cased.slice(r.start, r.end);
    const name = surface === surface.toLowerCase() && allLower ? r.name.toLowerCase() : r.name;
    cased += text.cased.slice(at, r.start) + name;
    at = r.end;
    if (r.note) notes.push(r.note);
  }
  cased += text.cased.slice(at);
  return { text: toRequestText(cased), notes, problems, warnings };
}
