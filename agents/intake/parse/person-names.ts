/**
 * People named by the writer: "my kids Charlotte and Jack", "with my wife Savannah". Their names
 * can be cities' names too, and read as such they became stops.
 */

/** Who a name right after may be: children, partners, friends and family. */
const RELATION =
  '(?:kids?|children|sons?|daughters?|boys|girls|twins|babies|baby|toddlers?|teens?|wife|husband|partner|spouse|fianc[e\u00e9]e?|boyfriend|girlfriend|bf|gf|friends?|buddy|buddies|pals?|mom|mum|dad|mother|father|parents|sisters?|brothers?|sis|bro|grandkids|grandchildren|grandsons?|granddaughters?|grandma|grandpa|nephews?|nieces?|cousins?|aunt|uncle|colleagues?|coworkers?|dogs?|cats?|puppy)';

/**
 * A relation word owned by someone ("my", "our"), up to three describing words between
 * ("my two little girls"), a space, then the capitalised names already listed after it, joined by "and" or
 * "&" (not a bare comma: in "my wife Savannah, Boston to Nashville" Boston is the start). Matched against the text just before a place's name.
 */
const NAMED_AFTER_RELATION = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[a-z0-9-]+\\s+){0,3}?${RELATION}\\s+(?:[A-Z][a-z]+(?:,?\\s+and\\s+|\\s*&\\s*))*$`,
);

/** True when the capitalised name starting at `start` is a person's, named after who they are. */
export function namesAPerson(cased: string, start: number): boolean {
  return NAMED_AFTER_RELATION.test(cased.slice(Math.max(0, start - 60), start));
}
