/** Cardinal numbers written as digits or words ("5", "five", "twenty-one", "a dozen"). */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const PHRASES: Record<string, number> = {
  'half a dozen': 6,
  'a dozen': 12,
  dozen: 12,
  'a couple of': 2,
  'a pair of': 2,
};

// Longest alternatives first: a regex alternation takes the first that fits ("seventeen" before "seven").
const byLengthDesc = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const SMALL_WORDS = byLengthDesc(Object.keys(SMALL)).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * A regex source (no groups) for one cardinal number: digits, number words up to ninety-nine,
 * "a dozen", "a couple of". Use inside `\b…\b`. ("a few" is left out: it names no number.)
 */
export const NUMBER = `(?:\\d+|(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${byLengthDesc(Object.keys(PHRASES)).join('|')}|${SMALL_WORDS})`;

/** The value of a string matched by `NUMBER`; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(s)) return Number(s);
  const phrase = PHRASES[s];
  if (phrase !== undefined) return phrase;
  const small = SMALL[s];
  if (small !== undefined) return small;
  const [tens, unit] = s.split(/[- ]/);
  const tensValue = tens === undefined ? undefined : TENS[tens];
  if (tensValue === undefined) return undefined;
  if (unit === undefined) return tensValue;
  const unitValue = SMALL[unit];
  return unitValue !== undefined && unitValue < 10 ? tensValue + unitValue : undefined;
}
