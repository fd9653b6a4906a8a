import { NUMBER } from './numbers.js';

// Two ways a party is written without a word the head-count patterns know: people counted by
// what they do together ("2 hikers", "4 golfers", "6 bridesmaids"), and children counted with no
// grown-up beside them ("Family week ..., kids 8 and 11"), who do not travel alone.

/** People named by their pastime or role in the trip: each is one traveller. */
const BY_ACTIVITY =
  '(?:hikers|trekkers|skiers|snowboarders|golfers|backpackers|cyclists|bikers|riders|climbers|divers|surfers|runners|anglers|fishermen|hunters|paddlers|kayakers|campers|birders|birdwatchers|photographers|foodies|bridesmaids|groomsmen|bachelorettes|retirees|pensioners|nurses|teachers)';
/** "2 hikers", "4 avid golfers", "three keen skiers": one describing word may stand between. */
export const ACTIVITY_COUNT = new RegExp(`\\b(${NUMBER})\\s+(?:[a-z-]+\\s+)?${BY_ACTIVITY}\\b`, 'g');

/** Words only children are counted with: "4 girls" or "3 boys" is as often a group of friends. */
const CHILDREN_ONLY =
  /\b(?:kids?|children|child|toddlers?|bab(?:y|ies)|infants?|sons?|daughters?|grandkids|grandchildren|[a-z0-9]+-year-olds?)\b/;

/** Whether the children counted are surely children ("kids 8 and 11", not "6 girls"). */
export const namesChildren = (lower: string) => CHILDREN_ONLY.test(lower);

/** A family trip: the writer's household, so the children come with their parents. */
const FAMILY = /\b(?:family|families|fam|parents)\b/;

/**
 * The grown-ups who travel with children counted on their own: two on a family trip (the
 * writer's household, as a travel agent reads "family week, kids 8 and 11"), else the writer.
 * Either way said in a warning, since the request does not count them.
 */
export function grownUpsWithChildren(lower: string, children: number, warnings: string[]): number {
  const adults = FAMILY.test(lower) ? 2 : 1;
  warnings.push(
    `The request counts ${children} ${children === 1 ? 'child' : 'children'} but no adults; assuming ${adults === 2 ? 'two parents' : 'one adult, the writer'}, ${children + adults} travellers in all.`,
  );
  return adults;
}
