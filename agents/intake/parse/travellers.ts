import { type RequestProblem, MAX_TRAVELLERS as SPEC_MAX } from '../../../tools/domain/trip-spec.schema.js';
import { NUMBER, parseNumber } from './numbers.js';
import { withoutAsides } from './party-asides.js';
import { ACTIVITY_COUNT, grownUpsWithChildren, namesChildren } from './party-grown-ups.js';
import {
  addedAdults,
  bareListCount,
  groupsOfCount,
  insideBrackets,
  overlaps,
  peersPlusCount,
  sharedPossessiveRelatives,
  writerPlusCount,
} from './party-joins.js';
import { pairBeforeUs, pairFirst } from './party-pairs.js';
import { recounted } from './party-recounts.js';
import { ADULTS, AGE, CHILDREN, ONE_CHILD, POSSESSIVE, RELATION, RELATIONS, WHOLE } from './party-words.js';
import { matchAll, spanOf } from './text.js';

export interface TravellersResult {
  readonly travellers: number;
  readonly warnings: string[];
  /** A party that cannot be planned for as stated (none, or more than one plan books). */
  readonly problems: RequestProblem[];
}

/** The most travellers the spec allows (TripSpec.travellers). */
const MAX_TRAVELLERS = SPEC_MAX;

const N = `(${NUMBER})`;
/** "my 2 buddies": a count after "my"/"our" names companions, not the whole party. */
const MY_COUNT_BEFORE = /\b(?:my|our)\s+$/;

/** What may follow "for N" when N counts people ("for two, leaving from …", "for 3?"). */
const AFTER_FOR_N =
  '(?=\\s*(?:$|[,.?!;:)]|(?:leaving|departing|starting|traveling|travelling|going|heading|from|to|in|on|at|with|who|that|during|between|over|next|this|spanning|visiting|exploring|please)\\b))';

/** Words before a number that make it an age or a limit, not a head count ("under-10 children"). */
const NOT_A_COUNT = /\b(?:under|below|over|above|than|aged?|ages)[\s-]+$/;

/** The counts a pattern's first or second group captures, of at most `largest` people. */
function countsOf(lower: string, pattern: RegExp, largest = 99, notAfter?: RegExp): number[] {
  return (
    // Patterns are 'g', built once, and read only through matchAll, which resets lastIndex.
    matchAll(lower, pattern)
      .filter((m) => {
        const before = lower.slice(0, m.index + m[0].indexOf(m[1] ?? m[2] ?? ''));
        return !NOT_A_COUNT.test(before) && (notAfter === undefined || !notAfter.test(before));
      })
      .map((m) => parseNumber(m[1] ?? m[2] ?? ''))
      // Beside a word for people any count is a head count; elsewhere a big number is a year.
      .filter((n): n is number => n !== undefined && n > 0 && n <= largest)
  );
}

/** A party of nobody, stated: "0 people", "zero travellers", "a party of 0". */
const ZERO = new RegExp(
  `\\b(?:0|zero|no)\\s+(?:${'(?:people|persons|travell?ers|adults|guests|passengers)'})\\b(?!\\s+(?:and|plus))|\\b(?:group|party|family) of (?:0|zero)\\b|\\b(?:travell?ers|people|party size|group size)\\s*:\\s*(?:0|zero)\\b`,
);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * "5 people", "a group of 6", "party of 5", "family of 4", "five of us", "for two", "a 4-person
 * group": each pattern with the largest count it may read.
 */
const GROUP_SIZES: ReadonlyArray<readonly [RegExp, number, RegExp?]> = [
  // "with 4 buddies" and "my 2 buddies" name companions of the writer, counted below; "8 guys"
  // (or "3 college guys") is the group.
  [
    new RegExp(
      `(?<!(?:\\b(?:with|plus|and)|&|\\+)\\s+)\\b${N}\\s*(?:adult\\s+)?${AGE}${WHOLE}\\b|(?<=(?:\\b(?:with|plus|and)|&|\\+)\\s+)\\b${N}\\s*(?:adult\\s+)?${AGE}(?!(?:buddies|mates|pals|guys|gals)\\b)${WHOLE}\\b`,
      'g',
    ),
    100_000,
    // Read apart from the pattern: a lookbehind tried at every word costs more than this check.
    MY_COUNT_BEFORE,
  ],
  // Not "one of us is vegetarian": one of the party, not its size.
  [new RegExp(`\\b(?!(?:one|1)\\s)${N}\\s+of\\s+us\\b`, 'g'), 99],
  [
    // "a party of 2 adults, 1 toddler": the count is of adults only, read with the children;
    // "a group of 3 couples" is read as couples.
    new RegExp(
      `\\b(?:group|party|family|fam|team|crew|gang|squad|household|club)\\s+of\\s+${N}\\b(?!\\s+(?:${AGE}${ADULTS}|couples)\\b)`,
      'g',
    ),
    100_000,
  ],
  [new RegExp(`\\b${N}[- ]person\\b`, 'g'), 99],
  // "the whole family (6)", "our group (8 total)".
  [
    new RegExp(
      `\\b(?:family|group|party|crew|gang|squad)\\s*\\(\\s*${N}(?:\\s+(?:total|in all|people|of us|ppl))?\\s*\\)`,
      'g',
    ),
    99,
  ],
  // "our group consists of 4." (a count followed by a noun is read by the other patterns).
  [
    new RegExp(
      `\\b(?:consists?|consisting|comprises?|comprising|made up|composed)\\s+of\\s+${N}(?=\\s*(?:[.,;!?)]|$))`,
      'g',
    ),
    99,
  ],
  // "we're 2 adults + a toddler" counts adults, read below with the children.
  [
    new RegExp(
      `\\bwe(?:\\s+are|'re)\\s+${N}\\b(?!\\s*(?:days?|nights?|weeks?|couples|families|${AGE}${ADULTS}|${AGE}${CHILDREN})\\b)`,
      'g',
    ),
    99,
  ],
  [new RegExp(`\\bfor\\s+${N}${AFTER_FOR_N}`, 'g'), 99],
  // A filled-in form: "party: 6", "group - 6".
  [new RegExp(`\\b(?:party|group|pax|guests)\\s*[:=-]\\s*${N}(?=\\s*(?:[,.;!?)]|$))`, 'g'), 99],
  // "group size 6", "number of travelers: 6", "travelers: 6", "headcount of 6" (not the price
  // said next: "two people twelve hundred").
  [
    new RegExp(
      `\\b(?:(?:group|party) size|number of ${WHOLE}|${WHOLE}|head ?count)(?:\\s+(?:is|of|will be|would be))?\\s*:?\\s+${N}\\b(?!\\s*(?:days?|nights?|cities|\\$|hundred\\b|thousand\\b|grand\\b))`,
      'g',
    ),
    99,
  ],
];

/** "2 + dog", "3 and the cat": the people counted beside the pets they bring. */
const BESIDE_PETS = new RegExp(
  `(?<![\\d/.:-]\\s*)\\b${N}\\s*(?:\\+|&|\\band\\b|\\bplus\\b)\\s*(?:(?:a|the|our|my|\\d+)\\s+)?(?:dogs?|cats?|pets?|pups?|puppy|doggos?)\\b`,
  'g',
);

function wholeGroup(lower: string): number[] {
  const counts = GROUP_SIZES.flatMap(([pattern, largest, notAfter]) =>
    countsOf(lower, pattern, largest, notAfter),
  );
  // Tried only when a pet is named: the pattern opens with a number, tried at every word.
  return /\b(?:dog|cat|pet|pup|doggo)/.test(lower)
    ? [...counts, ...countsOf(lower, BESIDE_PETS, 20)]
    : counts;
}

/** Children counted by their listed ages, with no head count before them: "kids 3 and 10", "boys (6, 9)". */
const CHILDREN_BY_AGES = new RegExp(
  `(?<!\\b${NUMBER}\\s+${AGE})\\b(?:kids|children|boys|girls|sons|daughters|grandkids)\\s*(?:[:(,-]\\s*)?(?:ages?\\s+|aged\\s+)?((?:\\d{1,2}\\s*(?:,|and|&)\\s*)+\\d{1,2})\\b(?!\\s*(?:days?|nights?|weeks?|people|adults|travell?ers))`,
  'g',
);

function childrenByAges(lower: string): number {
  return sum(matchAll(lower, CHILDREN_BY_AGES).map((m) => (m[1]?.match(/\d+/g) ?? []).length));
}

/**
 * A couple described by a word: "vegan couple", "retired couple from Ohio", "newlywed couple".
 * Not "a couple days" or "couple of nights" (a few), nor "another couple".
 */
const NOT_A_PAIR = String.raw`(?!\s*(?:of|more|extra|other|days?|nights?|weeks?|months?|hours?|times?|hundred|thousand|grand|k|bucks|dollars|euros|pounds|friends|people|kids|\d)\b)`;
const DESCRIBED_COUPLE = new RegExp(
  String.raw`\b(?!(?:another|next|last|first|few|for|spend|only|just)\b)[a-z-]{3,}\s+couple\b` + NOT_A_PAIR,
);
/** "a couple", "we're a couple", "couple's getaway" — but "a couple days" is a few days. */
const A_COUPLE = new RegExp(
  // Texted after a date or a length, with no article: "2/12-2/16 couple valentines" (the date
  // already read is blanked, so a run of spaces stands before it).
  String.raw`(?:^|[,.;:(]\s*)couple(?=\s*(?:[,.;!)]|$))|(?<=(?:\d|\bnights?|\bnts|\bdays?|\bweekend|\s)\s+)couple\b` +
    NOT_A_PAIR +
    String.raw`|\b(?:a couple\b` +
    NOT_A_PAIR +
    String.raw`|as a couple|an?\s+(?:pair|duo|twosome)\b(?!\s+of)|couple'?s'?\s+(?:trip|getaway|retreat|vacation|weekend|break|escape|holiday|(?=\s))|honeymoon|babymoon|(?:our\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:wedding\s+)?anniversary\b(?!\s+of)|romantic\s+(?:trip|getaway|weekend|escape|break|holiday|vacation)|the two of us|both of us|the pair of us|(?:just\s+)?(?:us|we)\s+(?:two|2)(?!\s*(?:days?|nights?|weeks?|[-/.:]|\d)))`,
);

/** A list that opens with "us", the writer's pair: "us + 3 kids", "us, the kids and the nanny". */
const US_FIRST =
  /(?:^|[.!?;:(]\s*|\b(?:just|it's|it is|it'll be)\s+)us\s*(?:,|\+|&|\band\b|\bplus\b)\s*(?!us\b)/;
/** A couple that others join: "couple + grandma", "a couple with our baby". */
const COUPLE_JOINED =
  /\b(?:couple|both of us|the two of us)\s*(?:\+|&|,?\s*(?:and|plus|with|taking|bringing))\s|\b(?:us|we) (?:two|2)\s*(?:,|\+|&|\b(?:and|plus|with)\b)/;

/** Ages right after a plural: " (9 and 12)", ", ages 4, 6 and 9". */
const LISTED_AGES =
  /^\s*(?:\(\s*|,\s*|:\s*|-\s*)?(?:ages?\s+|aged\s+)?((?:\d{1,2}\s*(?:,|and|&)\s*)+\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|people|adults))/;

// "me and my wife", "with my son", "My wife, my mom and I": a "my <relation>" counts when it is
// joined to the party by "with"/"and", or stands in a list; "my friend recommended" does not.
const SINGLE_COMPANION = new RegExp(
  `(^|[.!?;,:(\\-]\\s*|(?:\\b(?:with|and|plus|accompanied by|joined by|taking|bringing|take|bring)|&|\\+)\\s*)(?:my|our|his|her|the)\\s+${AGE}${RELATION}\\b(?!'s)`,
  'g',
);
const PLURAL_COMPANIONS = new RegExp(
  `(?:\\b(?:with|and|plus|accompanied by|joined by|taking|bringing)|&|\\+)\\s*${POSSESSIVE}(?:${N}\\s+)?${AGE}${RELATIONS}\\b|(?<=\\b(?:me|i|myself|us|my\\s+[a-z-]+|our\\s+[a-z-]+),\\s*)(?:my|our|his|her|their|the)\\s+(?:${N}\\s+)?${AGE}${RELATIONS}\\b`,
  'g',
);
// "my two friends and I", "3 friends and me", "4 girls + me": companions named before the writer.
const COMPANIONS_THEN_WRITER = new RegExp(
  `(?:\\b(?:my|our)\\s+|(?:^|[.!?;,]\\s*|\\bjust\\s+))${N}\\s+${AGE}${RELATIONS}\\s*(?:\\band\\b|&|\\+|\\bplus\\b)\\s*(?:i|me|myself)\\b`,
  'g',
);
// "with 2 other people", "and three others".
const OTHERS = new RegExp(
  `\\b(?:with|and|plus|accompanied by|joined by)\\s+${N}\\s+(?:others|(?:other|more|additional)\\s+(?:${WHOLE}|${RELATIONS}))\\b`,
  'g',
);
// "me and three of my friends": a count of the writer's people.
const SOME_OF_MINE = new RegExp(
  `(?:\\b(?:with|and|plus)|&|\\+)\\s*${N}\\s+of\\s+(?:my|our)\\s+${AGE}${RELATIONS}\\b`,
  'g',
);
// "So my partner and I are…", "just the wife and I": one companion named before the writer.
const COMPANION_THEN_WRITER = new RegExp(
  `\\b(?:my|our|the)\\s+${AGE}${RELATION}\\s+(?:and|&)\\s+(?:i|me|myself)\\b`,
  'g',
);
// "for my wife's 40th", "celebrating my dad's retirement": the one celebrated comes along.
const CELEBRATED = new RegExp(
  `\\b(?:for|celebrat(?:e|ing))\\s+(?:my|our)\\s+${AGE}${RELATION}'s\\s+(?:\\d+(?:st|nd|rd|th)|[a-z]+(?:ieth|tieth)|birthday|bday|anniversary|graduation|retirement|big day)\\b`,
  'g',
);

/** A plural's count in brackets after it: "the grandkids (3 of them)", "the kids - all 4 of them", "the kids (3)". */
const OF_THEM = new RegExp(
  `^\\s*(?:(?:\\(\\s*|,\\s*|-\\s*)(?:all\\s+)?(${NUMBER})\\s+of\\s+(?:them|'em)\\b|\\(\\s*(\\d)\\s*\\))`,
);
/** Family titles used as names: "just me and grandpa", "Mom and I". */
const TITLE_AND_WRITER =
  /\b(?:me|i|myself)\s*(?:and|&|\+)\s*(?:grandpa|grandma|granny|gramps|nana|papa|mom|mum|mommy|dad|daddy|mama)\b|\b(?<!(?:my|our|the|his|her)\s+)(?:grandpa|grandma|granny|gramps|nana|papa|mom|mum|dad|mama)\s*(?:and|&|\+)\s*(?:me|i|myself)\b/g;
const PAIR_NAMED = /\b(?:my|our)\s+(?:parents|grandparents|in-laws)\b/;
/** "them" as an item in a list with the writer: "it'll be them, me and…", "them and us". */
const THEM_LISTED = /(?:^|[-:,.;(]\s*|\bbe\s+|\bjust\s+)them\s*(?:,|\band\b|&|\+)\s*(?:me|i|myself|my|us)\b/;

/** Companions named around the writer: each adds to the writer, who counts as one. */
function companions(lower: string): { count: number; vague: boolean } {
  let count = 0;
  let vague = false;
  for (const m of matchAll(lower, SINGLE_COMPANION)) {
    // Joined to the party ("with my son"), or one item of a list of people ("me, my wife, her mom").
    const joined = /(?:with|and|&|plus|\+|by|taking|bringing|take|bring|,|-|:)\s*$/.test(m[1] ?? '');
    // "my son (12) and I": an age in brackets may stand between.
    if (
      joined ||
      /^\s*(?:\(\s*\d{1,2}\s*[a-z]{0,2}\s*\))?\s*(?:,|and\b|&)/.test(lower.slice(m.index + m[0].length))
    )
      count += 1;
  }
  const pluralMatches = matchAll(lower, PLURAL_COMPANIONS);
  // "my 3 brothers and their wives": as many as the group named just before.
  let lastCounted: number | undefined;
  for (const m of pluralMatches) {
    // The count is the first group after "with"/"and", the second in a list ("my husband, our 3 kids").
    const written = m[1] ?? m[2];
    const n = written === undefined ? undefined : parseNumber(written);
    // "with the kids (9 and 12)": as many as the ages listed; "the grandkids (3 of them)": as said.
    const rest = lower.slice(m.index + m[0].length);
    const ofThem = OF_THEM.exec(rest);
    // "the kids (3)": one small number in brackets after a plural is how many.
    const bracketed = ofThem?.[2] !== undefined && Number(ofThem[2]) >= 2 && !/twins/.test(m[0]);
    const ages = bracketed
      ? Number(ofThem![2])
      : ofThem?.[1] !== undefined
        ? parseNumber(ofThem[1])
        : LISTED_AGES.exec(rest)?.[1]?.match(/\d+/g)?.length;
    const paired = /\btheir\s+(?:husbands|wives|spouses|partners|boyfriends|girlfriends)\b/.test(m[0]);
    if (n !== undefined) count += n;
    else if (ages !== undefined) count += ages;
    else if (paired && lastCounted !== undefined) count += lastCounted;
    else {
      // "with my parents" is two; "with my kids" is at least two, and we say so.
      count += 2;
      if (!/parents|in-laws|twins/.test(m[0])) vague = true;
    }
    lastCounted = n ?? ages;
  }
  // "So my partner and I are…": one companion named before the writer, wherever the sentence starts.
  const counted = matchAll(lower, SINGLE_COMPANION).map((m) => m.index + (m[1]?.length ?? 0));
  for (const m of matchAll(lower, COMPANION_THEN_WRITER)) if (!counted.includes(m.index)) count += 1;
  count += matchAll(lower, CELEBRATED).length;
  // "for my parents' 40th - it'll be them, me, my brother…": "them" in the list is the pair.
  if (PAIR_NAMED.test(lower) && THEM_LISTED.test(lower)) count += 2;
  count += matchAll(lower, TITLE_AND_WRITER).length;
  // "me and a friend", "with a colleague": one companion named with "a".
  count += matchAll(
    lower,
    /(?:\b(?:with|and|plus)|&|\+)\s+an?\s+(?:friend|colleague|coworker|co-worker|buddy|mate|pal|girlfriend|boyfriend|gf|bf|partner|plus[- ]one|baby|toddler|infant|kid|child|teen|teenager|(?:\d+|[a-z]+)-year-old)\b(?!'s|-friendly)/g,
  ).length;
  // "my parents and I", "my parents, my sister and me": two more.
  for (const _ of matchAll(
    lower,
    /\b(?:my|our)\s+(?:parents|grandparents|in-laws)\s+(?:and|&)\s+(?:i|me|myself)\b|(?:^|[.!?;:(]\s*)(?:my|our)\s+(?:parents|grandparents|in-laws)(?=\s*,)/g,
  ))
    count += 2;
  // "my husband, our 3 kids and me": the kids were counted as a plural in the list already.
  const plurals = pluralMatches.map(spanOf);
  const thenWriter = matchAll(lower, COMPANIONS_THEN_WRITER).filter(
    (m) => !plurals.some((p) => overlaps(p, spanOf(m))),
  );
  for (const m of [...thenWriter, ...matchAll(lower, OTHERS), ...matchAll(lower, SOME_OF_MINE)])
    count += parseNumber(m[1] ?? '') ?? 0;
  count += sharedPossessiveRelatives(lower);
  return { count, vague };
}

/**
 * How many travel. Explicit group sizes win, then adults plus children, then the writer plus
 * named companions, then "a couple", then "solo". Defaults to 1, warning when the text speaks of
 * a group without saying how many.
 */
export function extractTravellers(lower: string): TravellersResult {
  const result = counted(
    recounted(
      withoutAsides(lower)
        .replace(/\b(\d{1,3}),(\d{3})\b/g, (_, a: string, b: string) =>
          `${a}${b}`.padStart(a.length + 4, ' '),
        )
        // "w/ 4 friends", "w my kids" are "with 4 friends", "with my kids".
        .replace(/\bw\/(?=\s)|\bw(?=\s+(?:my|our|his|her|the)\b)/g, 'with')
        // Dictated lists have no commas: "me my wife and our kids" is "me,my wife and our kids".
        .replace(DICTATED_LIST, ',')
        .replace(/\b(mother|father|sister|brother|son|daughter)\s+in\s+law\b/g, '$1-in-law'),
    ),
  );
  const problems: RequestProblem[] = [];
  if (ZERO.test(lower)) {
    problems.push({
      field: 'travellers',
      message: 'The request counts no travellers; how many people are going?',
    });
    return { travellers: 1, warnings: result.warnings, problems };
  }
  if (result.travellers > MAX_TRAVELLERS) {
    problems.push({
      field: 'travellers',
      message: `A party of ${result.travellers} is more than the ${MAX_TRAVELLERS} travellers one plan can book for; how many are going (or split the group)?`,
    });
    return { travellers: 1, warnings: result.warnings, problems };
  }
  return { ...result, problems };
}

/** The space after "me" that opens a dictated list of relatives: "for me my sister and my mom". */
const DICTATED_LIST = new RegExp(
  `(?<=\\b(?:me|myself))\\s(?=(?:my|our|the)\\s+${AGE}(?:${RELATION}|${RELATIONS})\\b)`,
  'g',
);

/** Someone added after a counted group: "a family of 3 plus grandma". */
const ADDED_COMPANION = new RegExp(
  // "+" opens no word, so the word boundary is asked of the words only.
  `(?:\\bplus|\\+|\\band|\\balong with)\\s*(?:my|our|the|their)?\\s*${AGE}${RELATION}\\b(?!'s)`,
  'g',
);
/** "2 adults + infant", "two adults and toddler": one child joined with no article. */
const PLUS_CHILD = new RegExp(`(?:\\+|&|\\band\\b|\\bplus\\b)\\s*${AGE}${ONE_CHILD}\\b(?!-friendly|'s)`, 'g');
const ADDED_PAIR =
  /(?:\bplus|\+|\band|\balong with)\s*(?:my|our|the|their)?\s*(?:parents|in-laws|grandparents)\b/g;
const A_CHILD = new RegExp(`\\ban?\\s+${AGE}${CHILDREN}\\b(?!-friendly)`, 'g');
const OUR_CHILD = new RegExp(
  `\\b(?:our|my)\\s+(?:\\d+[\\s-]*(?:months?|weeks?)[\\s-]*old\\s+)?${AGE}${ONE_CHILD}\\b(?!-friendly|'s)`,
  'g',
);
const JOINED_RELATION = new RegExp(`(?:\\+|&)\\s*${AGE}(?!hubby|wifey)${RELATION}\\b(?!'s)`, 'g');

const ADULT_COUNT = new RegExp(`\\b${N}\\s+${AGE}${ADULTS}\\b`, 'g');
const CHILD_COUNT = new RegExp(`\\b${N}\\s+${AGE}${CHILDREN}\\b(?!-friendly)`, 'g');
const COUPLE_COUNT = new RegExp(`\\b${N}\\s+couples\\b`, 'g');
/** "4 college students", "5 close friends", "3 work colleagues": a counted group of peers. */
const FRIEND_COUNT = new RegExp(
  `\\b${N}\\s+${AGE}(?:friends|colleagues|coworkers|co-workers|students|members|classmates|teammates|roommates)\\b`,
  'g',
);

/** "the two of us and our 3 kids", "the 2 of us + our twins": people added to the writer's side. */
const ADDED_TO_US = new RegExp(
  `\\bof\\s+us\\s*(?:\\+|&|\\band\\b|\\bplus\\b|\\balong with\\b)\\s*(?:(?:my|our|the)\\s+)?(?:${N}\\s+)?${AGE}(${RELATIONS})\\b`,
  'g',
);

/** Children named before an "N of us" they are added to: "kids 5 & 8 plus the two of us". */
const CHILDREN_THEN_US = new RegExp(
  `(?:\\b${N}\\s+${AGE}${CHILDREN}|\\b(?:kids|children|boys|girls)\\s*\\(?\\s*(?:ages?\\s+|aged\\s+)?((?:\\d{1,2}\\s*(?:,|and|&)\\s*)+\\d{1,2})\\s*\\)?)\\s*,?\\s*(?:\\+|&|\\band\\b|\\bplus\\b)\\s*(?:the\\s+)?${N}\\s+of\\s+us\\b`,
  'g',
);

/**
 * Those added to an "N of us" by a plural: as many as said, two twins or parents, else two with a
 * warning. "A family of 4 with our 2 kids" is not read here: a family counts its children.
 */
function addedToUs(lower: string, warnings: string[]): number {
  let added = 0;
  for (const m of matchAll(lower, CHILDREN_THEN_US)) {
    const n = m[1] === undefined ? undefined : parseNumber(m[1]);
    added += n ?? m[2]?.match(/\d+/g)?.length ?? 0;
  }
  for (const m of matchAll(lower, ADDED_TO_US)) {
    const n = m[1] === undefined ? undefined : parseNumber(m[1]);
    const ages = LISTED_AGES.exec(lower.slice(m.index + m[0].length))?.[1]?.match(/\d+/g)?.length;
    added += n ?? ages ?? 2;
    if (n === undefined && ages === undefined && !/twins|parents|in-laws/.test(m[2] ?? ''))
      warnings.push('The number of companions is not stated exactly; counting two for a plural.');
  }
  return added;
}

function counted(lower: string): { travellers: number; warnings: string[] } {
  const warnings: string[] = [];
  const clamp = (n: number) => n;
  // "me + 3 people", "three families of four", "husband, me, 2 kids": counts the group patterns
  // would misread.
  const joined =
    writerPlusCount(lower) ?? groupsOfCount(lower) ?? peersPlusCount(lower) ?? bareListCount(lower);
  if (joined !== undefined) return { travellers: joined, warnings };
  const whole = wholeGroup(lower);
  if (whole.length > 0) {
    if (new Set(whole).size > 1)
      warnings.push(
        `Several group sizes are mentioned (${[...new Set(whole)].join(', ')}); using ${whole[0]}.`,
      );
    // "a family of 3 plus grandma": someone added after the counted group.
    const afterGroup = (m: RegExpExecArray) =>
      // "a family of 3 + grandma + grandpa": each one added after the group or after one added.
      /\b(?:(?:group|party|family|fam|team|crew)\s+of\s+\S+|\S+\s+of\s+us)(?:\s*(?:\+|&|,|\band\b|\bplus\b)\s*(?:(?:my|our|the|their)\s+)?[a-z-]+)*\s*(?:,\s*)?$/.test(
        lower.slice(Math.max(0, m.index - 60), m.index),
      );
    // "a family of three plus the in-laws": a pair added.
    const added =
      matchAll(lower, ADDED_COMPANION).filter(afterGroup).length +
      2 * matchAll(lower, ADDED_PAIR).filter(afterGroup).length +
      addedToUs(lower, warnings) +
      pairBeforeUs(lower);
    return { travellers: clamp(whole[0]! + added), warnings };
  }
  const adults = sum(countsOf(lower, ADULT_COUNT));
  const children = sum(countsOf(lower, CHILD_COUNT));
  // "4 adults (2 couples)": couples in brackets beside counted adults restate them.
  const couples =
    sum(
      matchAll(lower, COUPLE_COUNT)
        .filter((m) => adults === 0 || !insideBrackets(lower, m.index))
        .map((m) => parseNumber(m[1] ?? '') ?? 0),
    ) * 2;
  if (adults > 0 || couples > 0) {
    // Beside counted adults, "a toddler" is one more traveller, and "kids 3 and 10" two more.
    // "and our 2-year-old", "plus my son", "our 3 month old baby": one child named in the singular.
    const oneChild =
      matchAll(lower, A_CHILD).length +
      matchAll(lower, OUR_CHILD).length +
      matchAll(lower, PLUS_CHILD).length;
    const more = children + oneChild + childrenByAges(lower) + addedAdults(lower);
    return { travellers: clamp(adults + couples + more), warnings };
  }

  const named = companions(lower);
  // "a couple + grandma", "the two of us and our son": the writer's side is two, not one.
  // "grandparents + 2 grandkids": the writer is one of the pair named first, unless the list
  // names the writer too ("grandparents, us two and 2 kids"), and then the pair is two more.
  const pair = pairFirst(lower);
  if (pair === 'others' || pair === 'others beside us two') named.count += 2;
  const writers =
    COUPLE_JOINED.test(lower) || pair === 'writers' || pair === 'others beside us two' || US_FIRST.test(lower)
      ? 2
      : 1;
  // "hubby and me", "me + wife + 2 kids": a companion named without "my" is still one more.
  const bare =
    matchAll(lower, /(?<!\b(?:my|our|the|her|his)\s+)\b(?:hubby|wifey)\b/g).length +
    matchAll(lower, JOINED_RELATION).length;
  if (bare > 0) named.count += bare;
  if (named.count > 0) {
    if (named.vague)
      warnings.push('The number of companions is not stated exactly; counting two for a plural.');
    return { travellers: clamp(writers + named.count), warnings };
  }
  // "2 hikers", "4 golfers": peers counted by their pastime.
  const friends = sum(countsOf(lower, FRIEND_COUNT)) + sum(countsOf(lower, ACTIVITY_COUNT));
  // "family week, kids 8 and 11": children counted by their ages, with nobody else counted.
  const young = children > 0 ? children : childrenByAges(lower);
  if (friends === 0 && young > 0 && namesChildren(lower))
    return { travellers: clamp(young + grownUpsWithChildren(lower, young, warnings)), warnings };
  if (friends + children > 0) return { travellers: clamp(friends + children), warnings };
  if (A_COUPLE.test(lower)) return { travellers: 2, warnings };
  if (DESCRIBED_COUPLE.test(lower)) return { travellers: 2, warnings };
  if (/\b(?:an?|as a)\s+(?:trio|threesome)\b/.test(lower)) return { travellers: 3, warnings };
  if (
    /\b(?:solo|alone|by myself|on my own|just me|only me|just myself|single[- ](?:person|traveller|traveler|adult|individual)|one-person|lone (?:traveller|traveler))\b/.test(
      lower,
    )
  ) {
    return { travellers: 1, warnings };
  }
  if (/\b(?:we|we're|we'll|we'd|us|our|ourselves|group|family|friends|kids|children)\b/.test(lower)) {
    warnings.push('The number of travellers is not stated; assuming 1.');
  }
  return { travellers: 1, warnings };
}
