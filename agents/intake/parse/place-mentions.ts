import { US_STATE_CODES } from '../../../tools/domain/us-states.js';
import { foldToken, type GazetteerCity, type GazetteerIndex } from './gazetteer.js';
import { HOLIDAYS } from './holidays.js';
import { namesAPerson } from './person-names.js';
import { matchAll, type RequestText, type Span } from './text.js';

/** A place named in the text; a name can be both a city and a region ("New York"). */
export interface PlaceMention extends Span {
  readonly city: GazetteerCity | undefined;
  readonly region: string | undefined;
  /** Written with a capital, as proper nouns are. */
  readonly capitalised: boolean;
  /** Several cities share the name and nothing written says which one is meant. */
  readonly ambiguous: readonly GazetteerCity[];
}

interface Token extends Span {
  readonly key: string;
  /** The key without a possessive "'s" ("seattle's" → "seattle"). */
  readonly bare: string | undefined;
}

function tokenize(lower: string): Token[] {
  return matchAll(lower, /[a-z0-9]+(?:'[a-z]+|\.[a-z0-9]+)*/g).map((m) => {
    const raw = m[0];
    const possessive = raw.endsWith("'s") ? raw.slice(0, -2) : undefined;
    return {
      start: m.index,
      end: m.index + raw.length,
      key: foldToken(raw),
      bare: possessive === undefined ? undefined : foldToken(possessive),
    };
  });
}

/** Holiday names that hold a place name ("Columbus Day", "Canada Day", "Victoria Day"): dates, not places. */
const HOLIDAY_NAME = new RegExp(`\\b(?:${HOLIDAYS.map((h) => h.pattern).join('|')})(?![a-z])`, 'g');

const ABBREVIATION_CUE =
  /\b(?:in|to|around|across|through|throughout|visit|visiting|explore|exploring|of)\s+$/;

/**
 * Words that put a place right after them ("from", "->"), or right before ("to", "from"). Not "to"
 * before: in "we like to bend the rules" it makes a verb.
 */
const PLACE_CUE_BEFORE = /(?:\b(?:from|into|visit|visiting|via|flying|leaving|out of)|->|\u2192)\s*$/;
const PLACE_CUE_AFTER = /^\s*(?:to|from|->|\u2192)\s/;

function inPlacePosition(lower: string, m: Span): boolean {
  return (
    PLACE_CUE_BEFORE.test(lower.slice(Math.max(0, m.start - 12), m.start)) ||
    PLACE_CUE_AFTER.test(lower.slice(m.end, m.end + 6))
  );
}

/** Words of one name are joined by spaces, hyphens or the dot of "St."; never by a comma. */
const JOINER = /^[\s.-]*$/;

/**
 * Every gazetteer place in the text, longest name first at each position, punctuation and
 * possessives tolerated. Upper-case state abbreviations ("CA") are kept as region mentions.
 * When the writer capitalises place names, lower-case matches are dropped: "bend" in "bend the
 * rules" is then a verb, not Bend, Oregon.
 */
export function findPlaceMentions(text: RequestText, index: GazetteerIndex): PlaceMention[] {
  const tokens = tokenize(text.lower);
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const length = matchAt(tokens, i, text.lower, index, found);
    if (length > 0) {
      i += length;
      continue;
    }
    const token = tokens[i]!;
    const surface = text.cased.slice(token.start, token.end);
    const previous = found[found.length - 1];
    const qualifies =
      previous?.city !== undefined && /^\s*,\s*$/.test(text.lower.slice(previous.end, token.start));
    // "ME", "OR", "IN" are words too: an abbreviation counts only where a region is expected.
    const expected =
      qualifies || ABBREVIATION_CUE.test(text.lower.slice(Math.max(0, token.start - 30), token.start));
    const region = expected && /^[A-Z]{2}$/.test(surface) ? index.abbreviations.get(surface) : undefined;
    if (region !== undefined) {
      found.push({
        start: token.start,
        end: token.end,
        city: undefined,
        region,
        capitalised: true,
        ambiguous: [],
      });
    }
    i += 1;
  }
  const holidays = matchAll(text.lower, HOLIDAY_NAME).map((m) => [m.index, m.index + m[0].length] as const);
  const places = found.filter((m) => !holidays.some(([start, end]) => m.start < end && start < m.end));
  mergeQualifiers(places, text.lower);
  absorbStateCodes(places, text.cased);
  const capitalised = withoutLongerNames(withoutOtherStates(places, text.cased), text).map((m) => ({
    ...m,
    capitalised: /^[A-Z]/.test(text.cased.slice(m.start, m.end)),
  }));
  if (!capitalised.some((m) => m.capitalised)) return capitalised;
  // A lower-case name where only a place can stand is still a place ("honolulu from LA"), and so
  // is one in a list of cities typed in lower case ("from NYC, rome florence venice").
  return capitalised.filter(
    (m, i) =>
      m.capitalised ||
      inPlacePosition(text.lower, m) ||
      inCityList(text.lower, capitalised, i) ||
      routedFrom(text.lower, capitalised, i),
  );
}

/** "Chicago to new orleans", "Nyc to miami": a name that "to" joins to the place before it. */
const ROUTE_JOINER = /^\s*(?:to|->|\u2192)\s*$/;

function routedFrom(lower: string, mentions: readonly PlaceMention[], i: number): boolean {
  const [before, m] = [mentions[i - 1], mentions[i]!];
  return m.city !== undefined && before !== undefined && ROUTE_JOINER.test(lower.slice(before.end, m.start));
}

/** Cities typed in lower case side by side, with only a comma, slash, "and" or a space between. */
const CITY_LIST_JOINER = /^\s*(?:,|\/|&|and)?\s*$/;

function inCityList(lower: string, mentions: readonly PlaceMention[], i: number): boolean {
  const m = mentions[i]!;
  const joined = (a: PlaceMention | undefined, b: PlaceMention | undefined) =>
    a?.city !== undefined &&
    b?.city !== undefined &&
    // Both in lower case: "Calgary, nice mountains" is a remark, not a list.
    !a.capitalised &&
    !b.capitalised &&
    CITY_LIST_JOINER.test(lower.slice(a.end, b.start));
  return m.city !== undefined && (joined(mentions[i - 1], m) || joined(m, mentions[i + 1]));
}

/** Matches the longest name at token `i`; pushes its mention and returns its token count (0: none). */
function matchAt(
  tokens: readonly Token[],
  i: number,
  lower: string,
  index: GazetteerIndex,
  found: PlaceMention[],
): number {
  const first = tokens[i]!;
  const candidates = [
    ...(index.byFirstToken.get(first.key) ?? []),
    ...(index.byFirstToken.get(first.bare ?? '') ?? []),
  ];
  for (const name of candidates) {
    const n = name.tokens.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = tokens[i + j]!;
      const last = j === n - 1;
      ok = t.key === name.tokens[j] || (last && t.bare === name.tokens[j]);
      if (ok && j > 0) ok = JOINER.test(lower.slice(tokens[i + j - 1]!.end, t.start));
    }
    if (!ok) continue;
    // A city and a region may share the name; merge every entry of this length into one mention.
    const same = candidates.filter((c) => c.tokens.join(' ') === name.tokens.join(' '));
    const lastToken = tokens[i + n - 1]!;
    const end =
      lastToken.bare === name.tokens[n - 1] && lastToken.key !== name.tokens[n - 1]
        ? lastToken.end - 2
        : lastToken.end;
    const namesakes = same.find((c) => c.city)?.namesakes ?? [];
    found.push({
      start: first.start,
      end,
      city: same.find((c) => c.city)?.city,
      region: same.find((c) => c.region)?.region,
      capitalised: false,
      ambiguous: namesakes.length > 1 ? namesakes : [],
    });
    return n;
  }
  return 0;
}

/**
 * "Portland, Oregon" and "Portland, OR" name one city: a city's own region written right after
 * it is folded into the city's mention instead of standing as a second place.
 */
function mergeQualifiers(found: PlaceMention[], lower: string): void {
  for (let i = found.length - 1; i > 0; i--) {
    const [city, region] = [found[i - 1]!, found[i]!];
    // "Columbus, GA": of the cities named Columbus, the one in Georgia.
    const namesake = city.ambiguous.find((c) => c.region === region.region || c.country === region.region);
    const chosen = namesake ? { ...namesake, name: `${namesake.name}, ${namesake.region}` } : city.city;
    const sameRegion =
      chosen !== undefined &&
      region.region !== undefined &&
      (chosen.region === region.region || chosen.country === region.region);
    if (sameRegion && region.city === undefined && /^\s*,?\s*$/.test(lower.slice(city.end, region.start))) {
      found.splice(i - 1, 2, { ...city, city: chosen, end: region.end, ambiguous: [] });
    }
  }
}

const STATE_NAMES = Object.values(US_STATE_CODES);
const STATE_AFTER = new RegExp(
  `^,?\\s*(?:([A-Z]{2})\\b|(${STATE_NAMES.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b)`,
);

/**
 * "Portland, Maine", "Paris, TX": a city followed by a US state it is not in is another place of
 * that name, one the gazetteer lacks; its mention is dropped so the reader names it as unknown
 * and asks, rather than planning Portland, Oregon for a weekend in Maine.
 */
function withoutOtherStates(found: readonly PlaceMention[], cased: string): PlaceMention[] {
  const dropped = new Set<PlaceMention>();
  for (const m of found) {
    if (m.city === undefined || m.ambiguous.length > 0) continue;
    const state = STATE_AFTER.exec(cased.slice(m.end, m.end + 30));
    if (state === null) continue;
    const named = state[1] !== undefined ? US_STATE_CODES[state[1]] : state[2]?.replace(/\s+/g, ' ');
    if (named === undefined || named === m.city.region) continue;
    dropped.add(m);
    // The state belongs to the unknown place ("Paris, Texas"): it is no trip to Texas either.
    const end = m.end + state[0].length;
    for (const other of found) if (other.start >= m.end && other.end <= end) dropped.add(other);
  }
  return found.filter((m) => !dropped.has(m));
}

/**
 * "Portland OR", "Austin, TX": a city's own state code written after it belongs to the city's
 * mention even when the gazetteer has no such region, so "Portland OR to SF" still reads as a
 * pair of places.
 */
function absorbStateCodes(found: PlaceMention[], cased: string): void {
  found.forEach((m, i) => {
    const code = /^,?\s*([A-Z]{2})\b/.exec(cased.slice(m.end, m.end + 5));
    if (code === null || m.city === undefined) return;
    if (US_STATE_CODES[code[1]!] !== m.city.region) return;
    const end = m.end + code[0].length;
    if (found[i + 1] !== undefined && found[i + 1]!.start < end) return;
    found[i] = { ...m, end };
  });
}

/** Words that make a place name the start of a longer one: "Madison Square Garden", "Boston Common". */
const LANDMARK_WORD =
  /^ (?:Square|Gardens?|Street|St\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Hall|Center|Centre|Arena|Stadium|Theat(?:er|re)|University|College|Hotel|Hospital|Bridge|Common|Park|Zoo|Museum|Library|Gallery|Mall)\b/;
/** A capitalised word right after a name, and the word before the name. */
const NEXT_CAPITALISED = /^ ([A-Z][a-z]+)\b/;
/** Words that put a place after them: a name there is the place, whatever follows it. */
const PLACE_BEFORE =
  /(?:\b(?:to|from|in|into|visit|visiting|via|near|around|through|explore|exploring|leaving|flying|fly|drive|driving)|->|\u2192)\s*$/;
/** Capitalised words that may follow a place's name without making it another thing's name. */
const STILL_THE_PLACE =
  /^(?:City|Beach|Airport|Area|Metro|Downtown|Marathon|Pride|Fest|Festival|Jazz|Open|Christmas|Xmas|Easter|Thanksgiving|Weekend|Trip|Vacation|Holiday|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|And|Or|Then|For|With|From|To|In|On|At|By|The)$/;

/**
 * A city's name as the start of a longer proper name is not the city: "Madison Square Garden"
 * names an arena in New York, "Jackson Pollock" a painter, "Paris Hilton" a person. A name is
 * dropped when a landmark word follows it ("Square", "Park", "Hall", …), or when another
 * capitalised word follows it that names no place (the next mention is not there, it is not a
 * month, a day or the like) and nothing before it says a place comes ("to", "from", "visit").
 * A name right after "my kids", "my wife" and the like is a person's ("my kids Austin and Savannah").
 */
function withoutLongerNames(found: readonly PlaceMention[], text: RequestText): PlaceMention[] {
  return found.filter((m, i) => {
    const surface = text.cased.slice(m.start, m.end);
    // Only a name written as one (an airport code like "MCO" is no start of another name).
    if (m.city !== undefined && namesAPerson(text.cased, m.start)) return false;
    if (m.city === undefined || !/^[A-Z][a-z]/.test(surface)) return true;
    const after = text.cased.slice(m.end, m.end + 24);
    if (LANDMARK_WORD.test(after)) return false;
    const next = NEXT_CAPITALISED.exec(after);
    if (next === null || STILL_THE_PLACE.test(next[1]!)) return true;
    const following = found[i + 1];
    if (following !== undefined && following.start === m.end + 1) return true;
    return PLACE_BEFORE.test(text.lower.slice(Math.max(0, m.start - 16), m.start));
  });
}
