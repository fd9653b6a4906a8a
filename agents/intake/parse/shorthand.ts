import { MONTH } from './months.js';

type Replacement = string | ((match: string, ...args: Array<string | number | undefined>) => string);

/** Day ordinals written out, "fourth" to "thirty-first", by value. */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const UNIT_ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const ORDINAL_WORD = new RegExp(
  `\\b(?:(twenty|thirty)[- ]?(${UNIT_ORDINALS})|(${Object.keys(ORDINAL_WORDS).join('|')}))\\b`,
  'gi',
);
const OF_MONTH = new RegExp(`^\\s+of\\s+${MONTH}\\b`, 'i');
const AFTER_MONTH = new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?$`, 'i');
/** What an ordinal counts when it is no day of the month: "the fifth night", "the first week". */
const NOT_A_DAY =
  /^\s+(?:week|weekend|half|quarter|day|night|time|floor|anniversary|birthday|grade|year|month|stop|city|leg|person|people|guest|row|trip|visit)/i;

const suffix = (n: number) =>
  n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';

/**
 * "the twenty-third of March", "back on the thirtieth": a day written as a word becomes digits
 * where it can only be a day — before "of <month>", after a month, or after "the" with no noun
 * after it. "First", "second" and "third" after "the" alone stay words ("the second half").
 */
function ordinalDay(match: string, ...args: Array<string | number | undefined>): string {
  const [tens, unit, word, offset, whole] = args as [string?, string?, string?, number?, string?];
  if (offset === undefined || whole === undefined) return match;
  const n =
    (tens === undefined ? 0 : tens.toLowerCase() === 'twenty' ? 20 : 30) +
    (ORDINAL_WORDS[(unit ?? word ?? '').toLowerCase()] ?? 0);
  if (n < 1 || n > 31) return match;
  const before = whole.slice(Math.max(0, offset - 16), offset);
  const after = whole.slice(offset + match.length, offset + match.length + 16);
  // "the Fourth of July" is the holiday's name, read as written.
  if (n === 4 && /^\s+of\s+july\b/i.test(after)) return match;
  const sure = OF_MONTH.test(after) || AFTER_MONTH.test(before);
  const afterThe = /\bthe\s+$/i.test(before) && !NOT_A_DAY.test(after) && n > 3;
  return sure || afterThe ? `${n}${suffix(n)}` : match;
}

/**
 * Shorthand people type in quick messages, written out so every later reader meets one
 * spelling: "2 nts" (nights), "a wknd" (weekend), "3 wks" (weeks), "our 2 yr old" (2-year-old).
 * Only forms that cannot mean anything else in a trip request are expanded.
 */
const SHORTHAND: ReadonlyArray<[RegExp, Replacement]> = [
  [
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:nts|nites|ngts|nghts)\b/gi,
    '$1 nights',
  ],
  [/\b(\d+|one)\s*(?:nt|nite)\b/gi, '$1 night'],
  // A route's stay in brackets: "vancouver (2n) -> calgary (3n)". Only in brackets, where "n"
  // can be nothing else.
  [/\(\s*(\d{1,2})\s*n\s*\)/gi, '($1 nights)'],
  [/\b(?:wknd|wkend)(s?)\b/gi, 'weekend$1'],
  [/\b(\d+|a|an|one|two|three|four|five|six)\s*wks?\b/gi, '$1 weeks'],
  // "our 2 yr old", "a 5yo", "kids 4 y/o": an age that names a child.
  [/\b(\d{1,2})\s*(?:-\s*)?(?:yrs?|years?)[\s-]*olds?\b/gi, '$1-year-old'],
  [/\b(\d{1,2})\s*(?:yo|y\/o|y\.o\.)(?=[\s,.;)!?]|$)/gi, '$1-year-old'],
  [/\bthru\b/gi, 'through'],
  // "nxt wk", "nxt fri": texted "next"; "next wk", "this wk" are that week.
  [/\bnxt\b/gi, 'next'],
  [/\b(next|this|that|the following)\s+wk\b/gi, '$1 week'],
  // "Jan 8th-ish to 15th-ish", "10ish days": the hedge says roughly, the number is still the day.
  // "1200ish", "2kish": an amount keeps its hedge, set apart so the money reader sees it.
  [/(?<![\d.,])(\d{3,}|\d+(?:[.,]\d+)?k)\s?-?ish\b/gi, '$1 ish'],
  [/(?<![\d.,])(\d{1,2}(?:st|nd|rd|th)?)\s?-?ish\b/gi, '$1'],
  // A pasted list's lines ("- dates: Feb 12-15\n- people: 2") are items of their own: a number
  // ending one line is no count of what opens the next.
  [/[^\S\n]*\n\s*(?:[-*\u2022]\s+)?/g, '; '],
  // Airline shorthand for a party: "2A 1C", "2A+2C" (adults and children).
  [/\b(\d{1,2})\s?a\s*[,+/&]?\s*(\d{1,2})\s?c\b/gi, '$1 adults $2 children'],
  [/\b(?:tmrw|tmrrw|tmw|2moro|2morrow)\b/gi, 'tomorrow'],
  // "x2 people", "x 4 adults": a head count written as a multiplier.
  [/\b(?:x|\u00d7)\s?(\d{1,2})\s+(people|ppl|persons|pax|travell?ers|adults)\b/gi, 'x $1 $2'],
  // "flying outta denver": the origin's cue.
  [/\boutta\b/gi, 'out of'],
  // Form-style labels in pasted lists ("- From: Denver", "To: San Diego") are the plain cues.
  [/\b(from|to)\s*:\s*/gi, '$1 '],
  // Texting's "me n 2 friends", "hubby n me": an "n" between people is "and".
  [
    /\b(me|i|hubby|wifey|bf|gf|him|her|my \w+)\s+n\s+(?=(?:me|i|my|our|the|his|her|\d+|[a-z]+ (?:friends|kids|buddies)|wife|husband|hubby|wifey|bf|gf|partner|mom|mum|dad|bro|sis|kids)\b)/gi,
    '$1 and ',
  ],
  [ORDINAL_WORD, ordinalDay],
];

export function expandShorthand(text: string): string {
  return SHORTHAND.reduce(
    (out, [pattern, replacement]) =>
      typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement),
    text,
  );
}
