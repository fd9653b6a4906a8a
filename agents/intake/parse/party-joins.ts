import { NUMBER, parseNumber } from './numbers.js';
import { matchAll, type Span } from './text.js';

// How people join a party in ways the head-count patterns of travellers.ts do not see: the
// writer plus a number ("me + 3 people"), groups multiplied ("three families of four"), one adult
// added to counted couples ("two couples and a single friend"), and a second relative named
// without a possessive ("our son and daughter").

const N = `(${NUMBER})`;

/**
 * "me + 3 people", "me + 1", "myself and 2 others": the writer and that many more. Named
 * companions ("me + 3 buddies") are read by the companion patterns instead.
 */
const WRITER_PLUS = new RegExp(
  `\\b(?:me|i|myself)\\s*(?:\\+|&|\\band\\b|\\bplus\\b)\\s*${N}(?:\\s+(?:people|persons|ppl|pax|guests|travell?ers|folks|others|more|other people|(?:other\\s+)?(?:friends?|colleagues?|co-?workers?|buddy|buddies|mates?|pals?|adults?|persons?)))?(?=\\s*(?:[,.;!?)]|$|(?:\\+|&|\\band\\b|\\bplus\\b|\\bwith\\b)\\s*${N}\\s))`,
  'g',
);

/** A counted few joined after the writer's number: ", plus 2 kids", " and 3 teens". */
const THEN_COUNTED = new RegExp(
  `^\\s*,?\\s*(?:\\+|&|\\band\\b|\\bplus\\b|\\bwith\\b)\\s*(${NUMBER}|an?)\\s+(?:(?:young|little|small)\\s+)?(?:kids?|child(?:ren)?|boys?|girls?|teens?|teenagers?|toddlers?|bab(?:y|ies)|infants?|adults?|friends?|others|more|people)\\b`,
);

const WRITER_JOINED = /\b(?:me|i|myself)\s*(?:\+|&|and\b|plus\b)/;

/** The party as the writer plus a number, when the text says it so; undefined otherwise. */
export function writerPlusCount(lower: string): number | undefined {
  if (!WRITER_JOINED.test(lower)) return undefined;
  const m = matchAll(lower, WRITER_PLUS)[0];
  const n = m === undefined ? undefined : parseNumber(m[1] ?? '');
  if (m === undefined || n === undefined || n < 1) return undefined;
  // "me + 1, plus 2 kids": counted people joined after the writer's number come too.
  const after = THEN_COUNTED.exec(lower.slice(m.index + m[0].length))?.[1];
  const more = after === undefined ? 0 : /^an?$/.test(after) ? 1 : (parseNumber(after) ?? 0);
  return n + 1 + more;
}

/**
 * "we are 4 friends + 1 friend's sister", "we're 3 colleagues plus 2 kids": a counted group of
 * peers and a counted few added to it ("adults + kids" is read with the children instead).
 */
const PEERS_PLUS_COUNT = new RegExp(
  `\\bwe(?:'re|\\s+are)\\s+${N}\\s+(?:[a-z-]+\\s+)?(?:friends|people|guys|girls|ladies|colleagues|coworkers|co-workers|mates|buddies|pals|students)\\s*(?:\\+|\\bplus\\b)\\s*${N}\\s+(?!(?:days?|nights?|weeks?)\\b)[a-z]`,
);

export function peersPlusCount(lower: string): number | undefined {
  const m = PEERS_PLUS_COUNT.exec(lower);
  if (m === null) return undefined;
  const [group, added] = [parseNumber(m[1] ?? ''), parseNumber(m[2] ?? '')];
  return group === undefined || added === undefined ? undefined : group + added;
}

/** "three families of four", "2 groups of 5", "two families (4 each)": the groups times their size. */
const GROUPS_OF = new RegExp(
  `\\b${N}\\s+(?:families|groups|couples of friends|households)\\s+(?:of\\s+${N}\\b|\\(\\s*${N}\\s+(?:each|apiece)\\s*\\))`,
  'g',
);

export function groupsOfCount(lower: string): number | undefined {
  // The pattern opens with a number word, tried at every position: look for its noun first.
  if (!/(?:families|groups|friends|households) (?:of |\()/.test(lower)) return undefined;
  const m = matchAll(lower, GROUPS_OF)[0];
  if (m === undefined) return undefined;
  const [groups, size] = [parseNumber(m[1] ?? ''), parseNumber(m[2] ?? m[3] ?? '')];
  return groups === undefined || size === undefined ? undefined : groups * size;
}

/** One grown-up named in the singular, never a child (children are counted on their own). */
const ADULT_RELATION =
  '(?:friend|buddy|pal|mate|colleague|coworker|co-worker|grandma|grandmother|grandpa|grandfather|grandparent|granny|nana|mom|mum|mother|dad|father|aunt|uncle|cousin|nanny|sister|brother|(?:mother|father|sister|brother)-in-law)';
/** "two couples and a single friend", "2 adults + 2 kids + grandpa": one grown-up added. */
// Not after "me": "2 adults: me and my friend" names who the adults are.
const ADDED_ADULT = new RegExp(
  `(?<!\\b(?:me|i|myself)\\s*)(?:\\+|&|\\band\\b|\\bplus\\b|\\bwith\\b)\\s*(?:(?:an?|1|one|my|our|the|their)\\s+)?(?:(?:single|other|extra|old|elderly)\\s+)?${ADULT_RELATION}\\b(?!'s|s\\b)`,
  'g',
);

/** True when `index` falls inside an open bracket: "(me and my wife)" restates who was counted. */
export function insideBrackets(lower: string, index: number): boolean {
  const before = lower.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Grown-ups added one by one beside counted adults or couples, outside brackets. */
export function addedAdults(lower: string): number {
  return matchAll(lower, ADDED_ADULT).filter((m) => !insideBrackets(lower, m.index)).length;
}

/** Any relative named in the singular, as the second of a pair ("our son and daughter"). */
const RELATIVE =
  '(?:son|daughter|boy|girl|kid|child|baby|toddler|mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|aunt|uncle|brother|sister|cousin|niece|nephew|husband|wife|partner)';
/**
 * "our son (8) and daughter (5)", "my mom and dad": a second relative joined to one named with
 * "my"/"our" shares its possessive, and is one more traveller. Only "and": "& daughter" is
 * already counted as a joined relation.
 */
const SHARED_POSSESSIVE = new RegExp(
  `\\b(?:my|our)\\s+${RELATIVE}(?:\\s*\\(\\s*\\d{1,2}\\s*[a-z]{0,3}\\s*\\))?\\s+and\\s+(${RELATIVE})\\b(?!'s)`,
  'g',
);

export function sharedPossessiveRelatives(lower: string): number {
  if (!lower.includes(' and ')) return 0;
  return matchAll(lower, SHARED_POSSESSIVE).length;
}

/** One person named bare, as in a texted list: "husband", "mom", "me". */
const BARE_PERSON =
  '(?:husband|hubby|wife|wifey|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|mom|mum|mother|dad|father|grandma|grandpa|granny|grandmother|grandfather|son|daughter|baby|toddler|sister|brother|aunt|uncle)';
/** A counted few in such a list: "2 kids", "3 adults". */
const COUNTED = `${N}\\s+(?:kids|kiddos|kiddies|children|boys|girls|teens|teenagers|toddlers|babies|adults|grown-?ups|friends|sons|daughters|grandkids|grandchildren)`;
/** Animals in the list travel too but are no travellers: "1 dog". */
const ANIMAL = `(?:${NUMBER}|an?)\\s+(?:dogs?|cats?|pets?|pups?|puppies)`;
// "me, hubby, 3 kids and my mom": a role with "my" may stand in the list beside bare ones.
// "grandma, grandpa, us two and the 3 kids": the writer's pair and a counted few with "the".
const US_PAIR = '(?:us\\s+(?:two|2|both)|both of us|(?:the\\s+)?two of us)';
const LIST_ITEM = `(?:${US_PAIR}|me|myself|i|(?:my\\s+|our\\s+)?${BARE_PERSON}|(?:the\\s+)?${COUNTED}|${ANIMAL})`;
const LIST_JOIN = '(?:\\s*,\\s*(?:and\\s+|&\\s*|\\+\\s*)?|\\s*(?:\\band\\b|&|\\+|\\bplus\\b)\\s*)';
/**
 * "husband, me, 2 kids, 1 dog", "mom, dad and 3 kids": a list opening a sentence that names
 * family roles bare, with no "my" — each bare role is one traveller, each count that many, and the
 * writer is among the roles unless "me" is written. A dash may close it ("mom, dad, us two and 3
 * kids - Chicago to San Diego").
 */
const BARE_LIST = new RegExp(
  `(${LIST_ITEM}(?:${LIST_JOIN}${LIST_ITEM})+)(?=\\s*(?:[.,;:!?)]|-\\s|$|\\s(?:from|to|in|going|heading|flying|driving|want|wants|are|will)\\b))`,
  'y',
);
/** Where a sentence starts: the list is tried only there, not at every position of the text. */
const SENTENCE_BREAK = /[.!?;:\n]\s*/g;
const WRITER_CLAUSE = /,\s*(?=(?:me|myself)\b)/g;
const BARE_ROLE = new RegExp(`^${BARE_PERSON}$`);
const SPOUSE = /^(?:husband|hubby|wife|wifey|partner|boyfriend|girlfriend|bf|gf|fiancee?)$/;
const COUNTED_ITEM = new RegExp(`^${COUNTED}$`);
const US_PAIR_ITEM = new RegExp(`^${US_PAIR}$`);

export function bareListCount(lower: string): number | undefined {
  const starts = [
    0,
    ...matchAll(lower, SENTENCE_BREAK).map((b) => b.index + b[0].length),
    // "Cincy to Louisville, 2 days, me n wife": a clause that opens with the writer is a list too.
    ...(lower.includes(', m') ? matchAll(lower, WRITER_CLAUSE).map((b) => b.index + b[0].length) : []),
  ].sort((a, b) => a - b);
  for (const start of starts) {
    // Sticky: it matches only at lastIndex, which is set before every try.
    BARE_LIST.lastIndex = start;
    const m = BARE_LIST.exec(lower);
    if (m === null) continue;
    const written = (m[1] ?? '').split(new RegExp(LIST_JOIN)).map((x) => x.trim());
    // Only bare roles make it such a list; a possessive one is then one more of its items.
    if (!written.some((x) => BARE_ROLE.test(x))) continue;
    const items = written.map((x) => x.replace(/^(?:my|our|the)\s+/, ''));
    let count = 0;
    for (const item of items) {
      if (US_PAIR_ITEM.test(item)) count += 2;
      else if (BARE_ROLE.test(item) || /^(?:me|myself|i)$/.test(item)) count += 1;
      else if (COUNTED_ITEM.test(item)) count += parseNumber(item.split(/\s+/)[0] ?? '') ?? 0;
    }
    // "wife and 2 kids": a spouse named bare leaves out the writer, the other spouse.
    const writer = items.some((x) => /^(?:me|myself|i)$/.test(x) || US_PAIR_ITEM.test(x));
    if (!writer && items.some((x) => SPOUSE.test(x))) count += 1;
    if (count >= 2) return count;
  }
  return undefined;
}

/** Spans that overlap, for counting one phrase once when two patterns read it. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
