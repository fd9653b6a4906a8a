import type { PlaceMention } from './place-mentions.js';
import { matchAll, type RequestText } from './text.js';

/** Capitalised words that follow "from"/"to" without being places. */
const NOT_PLACES = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow',
    // "Fri Feb 26 to Mon Mar 1": a day's short name opens a date, not a place.
    'mon tue tues wed weds thu thur thurs fri sat',
    'i we our my me us you the a an this that there here please thanks',
  ]
    .join(' ')
    .split(' '),
);

const NAME = "([A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*){0,2})";
/** Cue words match with either case of their first letter ("From Springfield"); names need a capital. */
const cues = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const ORIGIN = new RegExp(
  `\\b(?:${cues(['from', 'starting in', 'leaving', 'departing', 'based in', 'live in'])})\\s+${NAME}`,
  'g',
);
const DESTINATION = new RegExp(
  `(?:\\b(?:${cues(['to', 'visit', 'visiting', 'explore', 'exploring', 'heading to', 'trip to', 'then'])})|→|->|=>)\\s*${NAME}`,
  'g',
);

function unknownAfter(text: RequestText, mentions: readonly PlaceMention[], pattern: RegExp): string[] {
  return matchAll(text.cased, pattern)
    .map((m) => {
      const name = (m[1] ?? '').replace(/[.']+$/, '');
      const start = m.index + m[0].length - (m[1] ?? '').length;
      return { name, start };
    })
    .filter(({ name, start }) => {
      const first = name.split(/\s+/)[0]!.toLowerCase().replace(/[.']/g, '');
      return !NOT_PLACES.has(first) && !mentions.some((p) => p.start <= start && start < p.end);
    })
    .map(({ name }) => name);
}

/** A list item after a city: ", Hiroshima", " and Nara", " & Chiang Mai", ", then Nara". */
const LIST_ITEM = new RegExp(`^(?:\\s*,\\s*(?:and\\s+|&\\s*|then\\s+)?|\\s+(?:and|&)\\s+)${NAME}`);
/** What may follow a listed place: another item, a clause, the end. */
const ITEM_END = /^(?:\s*(?:[,;.!?)&]|\u2192|->|$)|\s+(?:and|then|from|for|in|on|over|during|with|by)\b)/;

/**
 * Capitalised names listed beside known cities that the gazetteer does not know ("Tokyo, Kyoto,
 * Osaka, Hiroshima, Nara"): the trip is planned without them, and the warning should say so.
 * A known region after a city ("Portland, Oregon") is a mention, so it is never one of them.
 */
function unknownInLists(text: RequestText, mentions: readonly PlaceMention[]): string[] {
  const found: string[] = [];
  const known = [...mentions].filter((m) => m.city !== undefined).sort((a, b) => a.start - b.start);
  for (const mention of known) {
    let at = mention.end;
    for (;;) {
      const m = LIST_ITEM.exec(text.cased.slice(at));
      if (!m) break;
      const name = (m[1] ?? '').replace(/[.']+$/, '');
      const start = at + m[0].length - (m[1] ?? '').length;
      const end = start + name.length;
      const first = name.split(/\s+/)[0]!.toLowerCase().replace(/[.']/g, '');
      const isMention = mentions.some((p) => p.start <= start && start < p.end);
      if (isMention || NOT_PLACES.has(first) || !ITEM_END.test(text.cased.slice(end))) break;
      if (!found.includes(name)) found.push(name);
      at = end;
    }
  }
  return found;
}

/**
 * Capitalised names in origin or destination position that the gazetteer does not know
 * ("from Springfield"), so the question to the user can name them; and those listed beside known
 * cities ("…, Osaka, Hiroshima, Nara"), which count as destinations.
 */
export function findUnknownPlaces(
  text: RequestText,
  mentions: readonly PlaceMention[],
): { origins: string[]; destinations: string[] } {
  const destinations = unknownAfter(text, mentions, DESTINATION);
  for (const name of unknownInLists(text, mentions))
    if (!destinations.includes(name)) destinations.push(name);
  return { origins: unknownAfter(text, mentions, ORIGIN), destinations };
}
