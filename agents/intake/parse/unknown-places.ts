import type { PlaceMention } from './place-mentions.js';
import { matchAll, type RequestText } from './text.js';

/** Capitalised words that follow "from"/"to" without being places. */
const NOT_PLACES = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow',
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

/**
 * Capitalised names in origin or destination position that the gazetteer does not know
 * ("from Springfield"), so the question to the user can name them.
 */
export function findUnknownPlaces(
  text: RequestText,
  mentions: readonly PlaceMention[],
): { origins: string[]; destinations: string[] } {
  return {
    origins: unknownAfter(text, mentions, ORIGIN),
    destinations: unknownAfter(text, mentions, DESTINATION),
  };
}
