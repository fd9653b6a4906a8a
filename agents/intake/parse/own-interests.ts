import { extractCuisines, NATIONAL_CUISINES } from './cuisines.js';
import { isNegatedBefore } from './negation.js';
import { matchAll } from './text.js';

// Interests the reader has no word for ("we're into pottery and birdwatching") are kept in the
// traveller's own words: the planner looks for sights by those words and names any it cannot
// find, so the wish is never dropped here without a word.

/** "we love ...", "I'm into ...", "interested in ...": what follows is what the travellers like. */
const LIKING =
  /\b(?:(?:we|i|they|both of us|the kids)(?:\s+(?:really|also|both|all|especially))?\s+(?:love|like|enjoy|adore)|(?:we're|we are|i'm|i am)\s+(?:really\s+|big\s+|huge\s+)?(?:into|fans? of|interested in|keen on|passionate about)|interests?(?:\s+(?:are|include))?\s*:)\s+([a-z][a-z ,&'-]{2,80})/g;
/** One item of the list: a word or two, such as "pottery" or "jazz clubs". */
const ITEM = /^[a-z][a-z'-]{2,}(?:\s[a-z][a-z'-]{2,})?$/;
/** Words that make the phrase something else: "we'd like to go", "love it", "like a local". */
const NOT_AN_INTEREST =
  /^(?:to|a|an|the|it|this|that|these|those|them|our|my|your|some|something|anything|everything|being|having|getting|going|doing|seeing|trying|visiting|how|what|when|where|more|less|most|much|very|really|stuff|things|places|food|cuisine|cuisines|restaurants|eating|meals)\b/;
const CUISINE_WORDS = new Set(NATIONAL_CUISINES.map((n) => n.toLowerCase()));

/** The items of the first liked list not read as a known interest or a kitchen. */
export function ownInterests(lower: string, known: (item: string) => boolean): string[] {
  const kept: string[] = [];
  for (const m of matchAll(lower, LIKING)) {
    if (isNegatedBefore(lower, m.index, 2)) continue;
    for (const raw of (m[1] ?? '').split(/\s*(?:,|&|\band\b)\s*/)) {
      const item = raw.trim();
      // The list ends at the first item that is no short noun phrase ("and want to try Thai").
      if (item === '') continue;
      if (!ITEM.test(item) || NOT_AN_INTEREST.test(item)) break;
      const words = item.split(' ');
      if (words.some((w) => CUISINE_WORDS.has(w)) || extractCuisines(item).cuisines.length > 0) continue;
      if (!known(item) && !kept.includes(item)) kept.push(item);
    }
  }
  return kept;
}
