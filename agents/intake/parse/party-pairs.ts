/**
 * A party that opens with a pair: "grandparents + 2 grandkids", "parents and 3 kids". Alone, the
 * writer is one of the pair; with the writer named later in the same list ("grandparents, us two
 * and 2 kids", "the in-laws, us two and our 3 kids"), the pair is two more people.
 */

// "grandparents taking 2 grandkids": the pair brings the children along.
const PAIR_FIRST =
  /^\s*(?:(?:we(?:'re| are)|us)\s*:?\s*)?(?:the\s+)?(?:(?:grand)?parents|in-?laws)\s*(?:\+|&|,|and\b|plus\b|with\b|taking\b|bringing\b)/;

/** The writer named later in the same list: "…, us two and 2 kids", "…, me and my wife". */
const WRITER_IN_LIST =
  /^[^.;!?]*?(?:\b(?:me|myself|us\s+(?:two|2)|the two of us|both of us)\b|(?:\band|&|\+)\s*i\b(?!'))/;
/** The writer's side is itself two: "us two", "both of us". */
const OWN_PAIR_IN_LIST = /^[^.;!?]*?\b(?:us\s+(?:two|2)|both of us)\b/;

export type PairFirst = 'none' | 'writers' | 'others' | 'others beside us two';

export function pairFirst(lower: string): PairFirst {
  const pair = PAIR_FIRST.exec(lower);
  if (pair === null) return 'none';
  const rest = lower.slice(pair.index + pair[0].length);
  // In-laws are never the writer's side; with the writer unnamed, other rules count them.
  if (!WRITER_IN_LIST.test(rest)) return /laws/.test(pair[0]) ? 'none' : 'writers';
  return OWN_PAIR_IN_LIST.test(rest) ? 'others beside us two' : 'others';
}

/** "grandparents, the two of us and 2 kids": a pair listed right before a counted "of us" group. */
export function pairBeforeUs(lower: string): number {
  const pair = PAIR_FIRST.exec(lower);
  if (pair === null) return 0;
  // Only right after the pair: "parents + 2 kids, the 4 of us" counts everyone again.
  return /^\s*(?:the\s+)?[a-z0-9]+\s+of\s+us\b/.test(lower.slice(pair.index + pair[0].length)) ? 2 : 0;
}
