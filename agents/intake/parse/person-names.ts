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

/**
 * The same, typed all in lower case ("my kids austin and savannah"), where only a list of names
 * tells them from a place right after the relation ("me and my bf nyc to miami").
 */
const NAMED_AFTER_RELATION_LOWER = new RegExp(
  `\\b(?:my|our|his|her|their)\\s+(?:[a-z0-9-]+\\s+){0,3}?${RELATION}\\s+((?:[a-z]+(?:,?\\s+and\\s+|\\s*&\\s*))*)$`,
);
const NAME_THEN_ANOTHER = /^[a-z]+(?:,?\s+and\s+|\s*&\s*)[a-z]/;

/** True when the name starting at `start` is a person's, named after who they are. */
export function namesAPerson(cased: string, start: number): boolean {
  const before = cased.slice(Math.max(0, start - 60), start);
  if (/^[A-Z]/.test(cased.slice(start, start + 1))) return NAMED_AFTER_RELATION.test(before);
  const lower = NAMED_AFTER_RELATION_LOWER.exec(before);
  return lower !== null && (lower[1] !== '' || NAME_THEN_ANOTHER.test(cased.slice(start, start + 40)));
}
