import type { Sight } from '../domain/inventory.schema.js';

/** Categories of a sight that takes a whole day (OpenStreetMap's tourism/leisure values among them). */
const WHOLE_DAY_CATEGORIES = /^(?:theme[ _]park|water[ _]park|amusement[ _]park)$/i;

/**
 * Parks people give a whole day to, by name where the source files them as landmarks (the
 * sandbox lists Magic Kingdom as a landmark, SeaWorld as an aquarium).
 */
const WHOLE_DAY_NAMES =
  /\b(?:disney(?:land|world|sea)?(?! (?:concert|hall|theat(?:er|re)|family museum))|magic kingdom|epcot|hollywood studios|animal kingdom|universal studios|islands of adventure|seaworld|sea world|busch gardens|legoland|six flags|cedar point|knott'?s berry farm|dollywood|kings (?:island|dominion)|europa-park|portaventura|efteling|theme park|water park|amusement park)\b/i;

/** A theme park or the like: its day holds no other sight, and it is never squeezed into a travel day. */
export function takesWholeDay(sight: Pick<Sight, 'name' | 'category'>): boolean {
  return WHOLE_DAY_CATEGORIES.test(sight.category ?? '') || WHOLE_DAY_NAMES.test(sight.name);
}
