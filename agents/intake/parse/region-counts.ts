import type { GazetteerIndex } from './gazetteer.js';
import { NUMBER, parseNumber } from './numbers.js';
import type { PlaceMention } from './place-mentions.js';
import { matchAll, type RequestText } from './text.js';

// How many cities a region trip visits, when the request says: "2 cities in California",
// "three Italian cities", "Texas, covering two cities", "a 3-city tour".

const QUALIFIERS =
  '(?:(?:different|distinct|separate|unique|major|main|other|more|great|top|big|small|beautiful|nice|popular|best|key|interesting|cool|fun)\\s+)*';
const PLACES_WORD = '(?:cities|towns|places|destinations|spots|stops|locations|city|town)';
/** "3 (different) cities in (the state of)" — the count of cities to visit in the region after it. */
const COUNT_BEFORE_REGION = new RegExp(
  `\\b(${NUMBER}|a|one|single)\\s+${QUALIFIERS}${PLACES_WORD}(?:\\s+(?:and|or)\\s+towns)?\\s+(?:in|of|across|around|throughout|within|inside|along|from)\\s+(?:the\\s+)?(?:(?:state|province|country|region)\\s+of\\s+)?$`,
);
const COUNT_THEN = new RegExp(`\\b(${NUMBER}|a|one|single)\\s+${QUALIFIERS}$`);
/** "to Texas to visit 3 cities", "Texas, covering two cities": the count after the region. */
const COUNT_AFTER = new RegExp(
  `^\\s*,?\\s*(?:(?:to|and|we want to|we'd like to|we would like to)\\s+)?(?:visit|visiting|see|seeing|explore|exploring|cover|covering|tour|touring)\\s+(${NUMBER}|one|single)\\s+${QUALIFIERS}(?:cities|towns|places|destinations|stops)\\b`,
);

/** A count of cities anywhere in the text: "visit 2 cities there", "a 3-city tour", "(3 cities)". */
const LOOSE_COUNTS = [
  new RegExp(`\\b(${NUMBER})\\s+${QUALIFIERS}(?:cities|towns|destinations|stops)\\b`, 'g'),
  new RegExp(`\\b(${NUMBER})(?:\\s*-\\s*|\\s+)(?:city|town)\\b`, 'g'),
  new RegExp(
    `\\b(?:number of cities|cities to (?:visit|see|explore))(?:\\s+(?:is|will be|would be))?\\s*:?\\s*(${NUMBER})\\b`,
    'g',
  ),
];

/** The one count of cities the text gives away from the region's name; undefined when none or several. */
export function looseCityCount(lower: string): number | undefined {
  const counts = new Set(
    LOOSE_COUNTS.flatMap((pattern) => matchAll(lower, pattern).map((m) => parseNumber(m[1] ?? ''))),
  );
  const [only] = counts;
  return counts.size === 1 && only !== undefined && only > 0 ? only : undefined;
}

function countFrom(word: string | undefined): number | undefined {
  if (word === 'a' || word === 'single') return 1;
  return word === undefined ? undefined : parseNumber(word);
}

/** The first "2 cities in California", "3 Colorado cities", "Texas, covering two cities", "two Texan cities". */
/** "three Italian cities": a count before a region's adjective. */
const ADJECTIVAL_COUNT = new RegExp(
  `\\b(${NUMBER}|a|one)\\s+${QUALIFIERS}([a-z]+)\\s+(?:cities|towns)\\b`,
  'g',
);

export function findRegionCount(
  text: RequestText,
  mentions: readonly PlaceMention[],
  index: GazetteerIndex,
): { region: string; cityCount: number } | undefined {
  for (const m of mentions) {
    if (m.region === undefined) continue;
    const before = text.lower.slice(Math.max(0, m.start - 80), m.start);
    const after = text.lower.slice(m.end, m.end + 60);
    const counted =
      COUNT_BEFORE_REGION.exec(before) ??
      (/^\s*(?:cities|towns)\b/.test(after) ? COUNT_THEN.exec(before) : null) ??
      COUNT_AFTER.exec(after);
    const cityCount = countFrom(counted?.[1]);
    if (cityCount !== undefined) return { region: m.region, cityCount };
  }
  for (const m of matchAll(text.lower, ADJECTIVAL_COUNT)) {
    const region = index.demonyms.get(m[2] ?? '');
    const cityCount = countFrom(m[1]);
    if (region !== undefined && cityCount !== undefined) return { region, cityCount };
  }
  return undefined;
}
