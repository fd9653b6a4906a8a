import type { HouseRule } from '../../../tools/domain/common.schema.js';
import { isNegated } from './negation.js';
import { matchAll } from './text.js';

export interface HouseRulesResult {
  /** What the stay must allow, in the order TripSpec lists them. */
  readonly houseRules: HouseRule[];
  readonly warnings: string[];
}

interface RuleCue {
  readonly rule: HouseRule;
  readonly pattern: RegExp;
  /** Matches that look like the cue but mean something else ("a party of 5", "hot dogs"). */
  readonly unless?: RegExp;
  /** A further check on the matched text ("ages 12 and 8" has a child under 10). */
  readonly accept?: (matched: string) => boolean;
}

/**
 * A number before an animal or a thing counts it ("2 kids, 1 dog" names no one aged 1).
 * Ages written out: "my son (he's 7)", "ages 3 and 6", "aged 12 and 8", "3 and 6 years old", "the kid is 4", "kids are 3 and 6", and ages right after
 * the children ("kids 8, 11, 14", "two boys (6 and 9)", "children: 4, 7").
 */
const WRITTEN_AGES =
  /\b(?:kids?|child(?:ren)?|sons?|daughters?|boys?|girls?|bab(?:y|ies)|twins|grand(?:son|daughter|kid)s?|nephews?|nieces?)\s*(?:\(\s*|,\s*|-\s*)?(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:only\s+|just\s+)?(?:\d{1,2}\s*(?:,|and|&)\s*)*\d{1,2}\b(?!\s*(?:days?|nights?|weeks?|months?))|\b(?:kid|child|son|daughter|boy|girl|baby|little one)\s+(?:is|who is|who's|is only|is just)\s+\d{1,2}\b|\b(?:kids|children|boys|girls|sons|daughters|grandkids|little ones)\s+(?:are|who are|who're|are only|are just)\s+(?:\d{1,2}\s*(?:,|and|&)\s*)*\d{1,2}\b|\b(?:ages?|aged)\s+(?:\d{1,2}\s*(?:,|and|&)\s*)*\d{1,2}\b|\b(?:\d{1,2}\s*(?:,|and|&)\s*)*\d{1,2}\s*(?:years?|yrs?)[- ]old\b|\b(?:kids?|children|child|boys?|girls?|sons?|daughters?|grandkids|teens?)\s*(?:[:(,-]\s*)?(?:\d{1,2}\s*(?:,|and|&)\s*)*\d{1,2}\b(?!\s*(?:days?|nights?|weeks?|people|adults|travell?ers|of (?:them|us|'em)|dogs?|cats?|pets?|pups?|puppies|kittens?|rooms?|beds?|bags?|cars?|\$|%|[.,]\d))/g;

/** The ages in a match of WRITTEN_AGES; numbers over 17 are not children's ages. */
function agesIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number).filter((age) => age <= 17);
}

const CUES: readonly RuleCue[] = [
  {
    rule: 'pets',
    pattern:
      /\b(?:pets?|dogs?|doggos?|pupp(?:y|ies)|pups?|cats?|kittens?|kitty|(?:pet|dog|cat)[- ]friendly|furry (?:friends?|family|companions?)|fur ?bab(?:y|ies)|(?:golden |labrador )?retrievers?|labradors?|labradoodles?|goldendoodles?|poodles?|terriers?|beagles?|corgis?|dachshunds?|huskies|husky|spaniels?|chihuahuas?|pugs?|bulldogs?|schnauzers?|german shepherds?|greyhounds?|whippets?|shih tzus?)\b/g,
    unless: /\b(?:hot dogs?|pet peeves?|cat naps?)\b/,
  },
  {
    // Rule: only children known to be young need it. Plain "kids" may be teenagers: see warning.
    rule: 'children under 10',
    pattern:
      /\b(?:toddlers?|bab(?:y|ies)|infants?|newborns?|little ones|(?:young|little|small) (?:kids|children|ones|child|son|daughter)|(?:kids?|children|child|ones),? (?:(?:are|is|who are|who're|that are|aged|all|both) )*(?:under|below|younger than) (?:the age of )?(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)\b|under[- ](?:10|ten)(?:s|\s+(?:kids|children|child))|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[- ]year[- ]olds?|(?:kid|child|children)[- ]friendly|(?:allow|allows|allowing|welcome|welcomes) (?:kids|children)|(?:kids|children) (?:are )?(?:allowed|welcome|permitted))\b/g,
    unless: /\bfur ?bab(?:y|ies)\b/,
  },
  {
    // Written ages: "kids (ages 3 and 6)", "aged 12 and 8", "3 and 6 years old" — any under 10.
    rule: 'children under 10',
    pattern: WRITTEN_AGES,
    accept: (ages) => agesIn(ages).some((age) => age < 10),
  },
  {
    rule: 'smoking',
    pattern:
      /\b(?:smok(?:e|es|ing|er|ers)|cigarettes?|cigars?|vap(?:e|es|ing)|(?:smoking|smoker)[- ]friendly)\b/g,
    unless: /\bsmoke (?:detectors?|alarms?)\b/,
  },
  {
    rule: 'parties',
    pattern:
      /\b(?:part(?:y|ies)|party[- ]friendly|(?:host|hosting|throw|throwing|have|having|hold|holding)\s+(?:a\s+|some\s+|small\s+|a small\s+)?(?:gatherings?|get-togethers?|celebrations?|events?))\b/g,
    // "a party of 5", "our party", "third-party" are not gatherings.
    unless:
      /\bparty\s+(?:of|size|members?|will|is|are|includes?|consists?)\b|\b(?:our|my|your|whole|entire|this|that|each|every)\s+party\b|\bthird[- ]part(?:y|ies)\b/,
  },
  {
    rule: 'visitors',
    pattern:
      /\b(?:visitors?|visitor[- ]friendly|(?:host|hosting|receive|receiving|invite|inviting|entertain|entertaining|allow|allows|allowing|welcome|welcoming|permit|permits|permitting|accept|accepts|accepting)\s+(?:some\s+|a few\s+|our\s+|any\s+|local\s+)?(?:guests|friends|family|relatives|people)(?:\s+over)?|(?:have|having)\s+(?:some\s+|a few\s+|our\s+|any\s+|local\s+)?(?:guests|(?:friends|family|relatives|people)\s+(?:over|come over|visit))|guests?\s+(?:over|allowed|permitted|welcome)|(?:friends|family|relatives|people)\s+(?:will\s+|would\s+|might\s+|may\s+|could\s+|are going to\s+|plan to\s+|want to\s+)?(?:be\s+)?(?:visit|visiting|come over|coming over|come by|coming by|drop by|dropping by|stop by|stopping by|swing by|swinging by)(?!\s+(?:the|a|an)\b))\b/g,
    unless: /\bvisitors?\s+(?:cent(?:er|re)s?|information|bureau|office)\b/,
  },
];

/** True when an `unless` pattern covers the match at [start, end) ("party" inside "party of 5"). */
function excluded(lower: string, start: number, end: number, unless: RegExp | undefined): boolean {
  if (unless === undefined) return false;
  const from = Math.max(0, start - 12);
  const window = lower.slice(from, end + 16);
  return matchAll(window, unless).some((u) => from + u.index < end && start < from + u.index + u[0].length);
}

/**
 * What the travellers need their stay to allow: pets, children under 10, smoking, parties,
 * visitors. A cue counts unless negated ("no smoking", "non-smoking", "pet-free").
 */
export function extractHouseRules(lower: string): HouseRulesResult {
  const warnings: string[] = [];
  const houseRules: HouseRule[] = [];
  for (const cue of CUES) {
    const hit = matchAll(lower, cue.pattern).find((m) => {
      const end = m.index + m[0].length;
      if (cue.accept && !cue.accept(m[0])) return false;
      return !excluded(lower, m.index, end, cue.unless) && !isNegated(lower, m.index, end, 3);
    });
    if (hit && !houseRules.includes(cue.rule)) houseRules.push(cue.rule);
  }
  if (
    !houseRules.includes('children under 10') &&
    // "her two boys" are children; "5 girls" on a birthday weekend and a "girls' trip" are not.
    /\b(?:kids|children|child|son|daughter|sons|daughters|grandkids|grandchildren|grandsons?|granddaughters?)\b|\b(?:my|our|her|his|their)\s+(?:\w+\s+)?(?:little\s+|young\s+)?(?:boys|girls)\b(?!'?\s*(?:trip|weekend|night|getaway|holiday|day))/.test(
      lower,
    ) &&
    !/\b(?:no|without)\s+(?:kids|children)\b/.test(lower) &&
    !matchAll(lower, WRITTEN_AGES).some((m) => agesIn(m[0]).length > 0)
  ) {
    warnings.push(
      'Children are mentioned without their ages; if any is under 10, the stay must allow children under 10.',
    );
  }
  return { houseRules, warnings };
}
