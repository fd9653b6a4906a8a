import { clauseAfter, clauseBefore } from './text.js';

/**
 * Words that turn what follows into its opposite ("no smoking", "non-smoking", "don't fly",
 * "without a car", "allergic to cats"). Checked within the same clause only.
 */
const NEGATOR =
  "(?:\\b(?:no|not|non|never|without|nobody|none|nothing|neither|nor|avoid|avoiding|hate|dislike|against|allergic to|anything but|rather than|instead of)\\b|n't\\b|\\bnon-)";

/** "don't mind smoking", "no problem with pets" are consent, not refusal. */
const CONSENT = /(?:n't|not|never|no)\s+(?:really\s+)?(?:mind|care|object|problem|issue|objection)\b/;

// One pattern per gap, compiled once; not global, so .test() keeps no state between calls.
const negatedWithinGap = new Map<number, RegExp>();

function negatedWithin(maxGap: number): RegExp {
  let pattern = negatedWithinGap.get(maxGap);
  if (pattern === undefined) {
    pattern = new RegExp(`${NEGATOR}\\s*(?:[\\w'-]+\\s+){0,${maxGap}}$`);
    negatedWithinGap.set(maxGap, pattern);
  }
  return pattern;
}

/**
 * True when the words just before `index` negate the word there. `maxGap` is how many words
 * may stand between negator and word ("not allow any smoking" has two).
 */
export function isNegatedBefore(lower: string, index: number, maxGap = 2): boolean {
  const clause = clauseBefore(lower, index);
  if (CONSENT.test(clause)) return false;
  return negatedWithin(maxGap).test(clause);
}

/** True when the words after `end` negate what precedes ("smoking is not allowed", "pet-free"). */
export function isNegatedAfter(lower: string, end: number): boolean {
  const clause = clauseAfter(lower, end);
  return /^\s*-?\s*free\b|^\s*(?:(?:is|are|was|will be|should be|must be)\s*)?(?:\w+ly\s+)?(?:n't|not|never|prohibited|forbidden|banned|disallowed|off limits|a no-go)\b/.test(
    clause,
  );
}

/** True when the word at [start, end) is negated from either side. */
export function isNegated(lower: string, start: number, end: number, maxGap = 2): boolean {
  return isNegatedBefore(lower, start, maxGap) || isNegatedAfter(lower, end);
}
