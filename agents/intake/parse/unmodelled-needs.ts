import { isNegatedBefore } from './negation.js';
import { matchAll } from './text.js';

/**
 * Needs people state that the trip model has no field for. Each is named back in a warning so
 * the traveller knows the plan does not account for it, instead of it vanishing silently.
 */
const NEEDS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:wheel ?chairs?|wheelchair[- ]accessible|accessible (?:rooms?|hotels?|stays?|places?)|accessibility|mobility (?:issues?|aids?|scooters?|needs?|problems?)|reduced mobility|step[- ]free|(?:uses?|needs?) a (?:walker|cane)|can'?t (?:do|manage|climb) (?:stairs|steps)|no stairs|ground[- ]floor|elevator|lift access)\b/g,
    'accessibility (step-free or wheelchair access)',
  ],
  [/\ball[- ]inclusive\b/g, 'an all-inclusive stay'],
  // "no more than 4 hours driving a day", "max 3 hrs in the car": a cap the legs cannot be held to.
  [
    /\b(?:no more than|not more than|max(?:imum)?|at most|under|less than|up to|limit(?:ed)? to)\s+(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight)\s*(?:hours?|hrs?|h)\s+(?:of\s+)?(?:driving|drive|in the car|on the road|behind the wheel)\b|\b(?:driving|drives?)\s+(?:of\s+)?(?:no more than|not more than|max(?:imum)?|at most|under|less than|up to)\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b/g,
    'a limit on hours of driving',
  ],
  // "avoid spicy food", "nothing too spicy": a taste, not a kitchen, so no cuisine rule holds it.
  [
    /\b(?:(?:avoid(?:ing)?|no|not|nothing|without|hate|dislike|can'?t (?:eat|handle|take|do)|don'?t (?:eat|like|do))\s+(?:(?:too|very|overly|anything|really)\s+)*spic(?:y|e)|mild (?:food|dishes|meals)|spice[- ]free)\b(?:\s+(?:food|dishes|meals|cuisine))?/g,
    'food that is not spicy',
  ],
  [/\b(?:early|late)\s+(?:dinners?|lunch(?:es)?|breakfasts?|suppers?)\b/g, 'meal times'],
  [
    /\b(?:non[- ]?smoking|smoke[- ]free|no[- ]smoking)(?:\s+(?:rooms?|hotels?|places?|stays?))?\b/g,
    'a non-smoking stay',
  ],
  [
    /\b(?:(?:nut|peanut|shellfish|seafood|egg|soy|dairy|lactose|sesame|fish)[- ](?:allerg(?:y|ies|ic)|free|intoleran(?:t|ce))|allergic to (?:nuts|peanuts|shellfish|seafood|dairy|eggs?|fish)|lactose[- ]intolerant)\b/g,
    'a food allergy or intolerance',
  ],
  [
    /\b(?:(?:swimming )?pool|hot tub|jacuzzi|kitchen(?:ette)?|balcony|(?:ocean|sea|beach|lake|city|mountain)[- ]?(?:view|front)|free parking|parking|washer|laundry|gym|crib|cot|ev charg(?:er|ing))\b/g,
    'stay amenities',
  ],
  [
    /\b(?:window|aisle) seats?\b|\b(?:business|premium economy|economy plus) class\b|\bextra legroom\b/g,
    'seats or cabin class',
  ],
  [
    /\b(?:checked|carry[- ]on|hand) (?:bags?|baggage|luggage)\b|\bno (?:checked )?(?:bags?|baggage|luggage)\b/g,
    'a baggage allowance',
  ],
  [/\b(?:travel )?insurance\b|\bvisas?\b/g, 'insurance or visas'],
  // Meals climb in price only on a luxury trip (the caller drops this one there); otherwise they
  // are picked by rating and kitchen.
  [
    /\b(?:fine[- ]dining|michelin(?:[- ]starred)?|gourmet (?:restaurants?|dinners?|meals?))\b/g,
    'fine dining',
  ],
];

export function findUnmodelledNeeds(lower: string): string[] {
  const warnings: string[] = [];
  for (const [pattern, what] of NEEDS) {
    const hit = matchAll(lower, pattern).find(
      // "no smoking" is itself the need; other needs count unless negated ("no pool needed" aside).
      // "avoid spicy food" names its refusal in the need itself.
      (m) => /^no[- ]smoking|spic/.test(m[0]) || !isNegatedBefore(lower, m.index, 2),
    );
    if (hit === undefined) continue;
    warnings.push(
      `The request asks for ${what} ('${hit[0]}'), which the planner cannot take into account; please check it when booking.`,
    );
  }
  return warnings;
}
