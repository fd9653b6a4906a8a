import { ANY_MONTH, MONTH, monthNumber } from './months.js';
import { PARTY_NOUN } from './party-words.js';
import { matchAll, type Span, spanOf } from './text.js';

/** A calendar date as written: the year may be missing ("March 3"), the month too ("the 7th"). */
export interface DateMention extends Span {
  readonly month: number | undefined;
  readonly day: number;
  readonly year: number | undefined;
  /** "3/4" with no year: too easily a fraction or a score to stand alone, so only used in ranges. */
  readonly weak: boolean;
}

/** A written range: both ends, which may still lack years (and the start its month). */
export interface DateRangeMention extends Span {
  readonly from: DateMention;
  readonly to: DateMention;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "2027", or "'27" as people abbreviate it. */
const YEAR =
  "((?:19|20)\\d{2}(?!\\s*(?:dollars|bucks|usd|eur|euros?|pounds|gbp|tops|max|total|budget|k\\b|€|\\$|£|per\\b|pp\\b|each\\b))|'\\d{2})";
const YEAR_TAIL = `(?:(?:\\s*,\\s*|\\s+)${YEAR})?`;
/** What joins the two ends of a range, with the words French, Spanish and German writers carry over. */
const TO = '\\s*(?:-|to|until|till|through|thru|and|~|al|au|bis|a)\\s*(?:the\\s+)?';
/**
 * A number that is a count, not a day of the month ("March 3 to 7 people"). Every word a party is
 * counted with: texters run the month into the head count ("feb 2 ppl", "mid-May 4 guys").
 */
const NOT_A_DAY = `(?!\\d|\\s*(?:-\\s*)?(?:${PARTY_NOUN}\\b|of us|days?|nights?|weeks?|cities|towns|hours?|am\\b|pm\\b|:|%))`;

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function mention(
  span: Span,
  month: number | undefined,
  day: number | undefined,
  year: number | undefined,
  weak = false,
): DateMention | undefined {
  if (day === undefined || day < 1 || day > 31) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return { ...span, month, day, year, weak };
}

const twoDigitYear = (y: number | undefined) => (y !== undefined && y < 100 ? 2000 + y : y);
/** A year as written: "2027" or "'27". */
const yearNum = (text: string | undefined) =>
  text === undefined ? undefined : twoDigitYear(Number(text.replace("'", '')));

/** "march 3", "march the 3rd, 2027". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?${DAY}${NOT_A_DAY}${YEAR_TAIL}\\b`, 'g');
/** "3 march", "the 3rd of march 2027". */
const DAY_MONTH = new RegExp(`\\b(?:the\\s+)?${DAY}\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}${YEAR_TAIL}\\b`, 'g');

/** "5/22", "25/12/2027", "12/19/26": month and day in the writer's order, a year maybe. */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b(?!\/)/g;

export interface DateOrderOptions {
  /**
   * The writer's habit for numeric dates, from where the trip starts: "5/3" from London is 5 March.
   * The dates themselves overrule it ("5/22" is month first wherever it was written).
   */
  readonly dayFirst?: boolean;
}

/** Every single date written in the text, in order of position. */
export function findDateMentions(lower: string, options: DateOrderOptions = {}): DateMention[] {
  const found: DateMention[] = [];
  const add = (m: DateMention | undefined) => {
    if (m && !found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
  };
  for (const m of matchAll(lower, /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    add(mention(spanOf(m), num(m[2]), num(m[3]), num(m[1])));
  }
  // Year first, with slashes or dots: "2027/06/12", "2027.06.12".
  for (const m of matchAll(lower, /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/g)) {
    add(mention(spanOf(m), num(m[2]), num(m[3]), num(m[1])));
  }
  // Dots are the day-first habit of most of Europe: "12.06.2027", "12.6.27".
  for (const m of matchAll(lower, /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?!\.\d)/g)) {
    let [day, month] = [num(m[1]), num(m[2])];
    if (month !== undefined && day !== undefined && month > 12 && day <= 12) [month, day] = [day, month];
    add(mention(spanOf(m), month, day, twoDigitYear(num(m[3]))));
  }
  // "23.04.-27.04.": day and month with a dot after each, the year left out.
  for (const m of matchAll(lower, /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?!\d)/g)) {
    add(mention(spanOf(m), num(m[2]), num(m[1]), undefined));
  }
  const slashed = matchAll(lower, SLASHED);
  // Day-first writers ("25/12/2027") give themselves away when the first number exceeds 12, and
  // write every date so: "31/12/2026 to 02/01/2027" ends on 2 January.
  const monthFirst = slashed.some((m) => Number(m[2]) > 12 && Number(m[1]) <= 12);
  const dayFirst =
    slashed.some((m) => Number(m[1]) > 12 && Number(m[2]) <= 12) ||
    (options.dayFirst === true && !monthFirst);
  for (const m of slashed) {
    let [month, day] = [num(m[1]), num(m[2])];
    if (month !== undefined && day !== undefined && day <= 12 && (month > 12 || dayFirst))
      [month, day] = [day, month];
    add(mention(spanOf(m), month, day, twoDigitYear(num(m[3])), m[3] === undefined));
  }
  for (const m of matchAll(lower, MONTH_DAY)) {
    add(mention(spanOf(m), monthNumber(m[1]), num(m[2]), yearNum(m[3])));
  }
  for (const m of matchAll(lower, DAY_MONTH)) {
    add(mention(spanOf(m), monthNumber(m[2]), num(m[1]), yearNum(m[3])));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What may stand between two dates that bound one trip ("to", "-", ", returning on"). */
// Short names too: "Fri 1/15 - Mon 1/18".
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?\\s*,?\\s*)?';
const RANGE_GAP = new RegExp(
  `^(?:${TO}${WEEKDAY}|\\s*,?\\s*(?:and\\s+)?(?:(?:we(?:'ll| will)?|i(?:'ll| will)?|it(?:'ll| will)?|the trip(?: will)?)\\s+)?(?:return|returning|come back|coming back|back|fly back|flying back|drive back|driving back|home|end|ends|ending|finish|finishes|finishing|conclude|concludes|concluding)(?:\\s+(?:home|on|by))*\\s*(?:the\\s+)?${WEEKDAY})$`,
);

/** One month, two days: "march 3-7 2027", "march 9th and 13th, 2022" (not "march 28 to 2 april"). */
const SAME_MONTH_DAY_FIRST = new RegExp(
  `\\b${MONTH}\\s+(?:the\\s+)?${DAY}${TO}${DAY}${NOT_A_DAY}(?!\\s*(?:of\\s+)?${ANY_MONTH})${YEAR_TAIL}\\b`,
  'g',
);
/** Two days, one month after: "3-7 march 2027", "the 3rd and 7th of march". */
const SAME_MONTH_DAYS_FIRST = new RegExp(
  `\\b(?:the\\s+)?${DAY}\\.?${TO}${DAY}\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}${YEAR_TAIL}\\b`,
  'g',
);

/**
 * Every range written in the text: "March 3-7, 2027", "3-7 March", "between the 3rd and 7th of
 * March", and two full dates joined by "to", "-", "until", "and", ", returning".
 */
export function findDateRanges(
  lower: string,
  singles: readonly DateMention[] = findDateMentions(lower),
): DateRangeMention[] {
  const ranges: DateRangeMention[] = [];
  const add = (r: DateRangeMention | undefined) => {
    if (r && !ranges.some((f) => f.start < r.end && r.start < f.end)) ranges.push(r);
  };
  for (const m of matchAll(lower, SAME_MONTH_DAY_FIRST)) {
    const span = spanOf(m);
    const [month, year] = [monthNumber(m[1]), yearNum(m[4])];
    const from = mention(span, month, num(m[2]), year);
    const to = mention(span, month, num(m[3]), year);
    if (from && to) add({ ...span, from, to });
  }
  for (const m of matchAll(lower, SAME_MONTH_DAYS_FIRST)) {
    const span = spanOf(m);
    const [month, year] = [monthNumber(m[3]), yearNum(m[4])];
    const from = mention(span, month, num(m[1]), year);
    const to = mention(span, month, num(m[2]), year);
    if (from && to) add({ ...span, from, to });
  }
  for (let i = 0; i + 1 < singles.length; i++) {
    const [from, to] = [singles[i]!, singles[i + 1]!];
    if (RANGE_GAP.test(lower.slice(from.end, to.start))) add({ start: from.start, end: to.end, from, to });
  }
  return ranges.sort((a, b) => a.start - b.start);
}
