import type { IsoDate } from '../../../tools/domain/common.schema.js';
import {
  daysBetween,
  lastDayOfMonth,
  nextDayOfMonth,
  onOrAfter,
  onOrBefore,
  plusDays,
  validIso,
  weekdayOf,
  yearOf,
} from './calendar.js';
import { describe, nextMonthDay, type RelativeDate, WEEKDAYS, YEAR, yearOfText } from './date-words.js';
import { monthSpans } from './month-spans.js';
import { MONTH, MONTH_LABELS, monthNumber } from './months.js';
import { NUMBER, parseNumber } from './numbers.js';
import { PARTY_NOUN } from './party-words.js';
import { matchAll, spanOf } from './text.js';
import {
  afterTheStart,
  anchorDaysInMonth,
  anchorWeekdaysInMonth,
  anchorWeekdaysInWeek,
} from './weekday-anchors.js';

export type { RelativeDate } from './date-words.js';

const WEEKDAY_WORD =
  '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)';
const weekdayNumber = (word: string) => WEEKDAYS.findIndex((w) => w.startsWith(word.slice(0, 3)));

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
  final: -1,
};

// The patterns are built once, not per request: building and compiling them again on every parse
// was a good part of its cost. All are 'g' and read only through matchAll, which resets
// lastIndex, so a shared pattern's lastIndex never carries from one call to the next.
const NTH_WEEKDAY_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+${WEEKDAY_WORD}\\s+(?:of|in)\\s+${MONTH}${YEAR}`,
  'g',
);

/** "the 2nd Friday of April", "the last Sunday in May": that day of that month. */
function nthWeekdayOfMonth(lower: string, today: IsoDate, out: RelativeDate[]): void {
  for (const m of matchAll(lower, NTH_WEEKDAY_OF_MONTH)) {
    const month = monthNumber(m[3]);
    const n = ORDINALS[m[1]!];
    const weekday = weekdayNumber(m[2]!);
    if (month === undefined || n === undefined || weekday < 0) continue;
    const anchor = nextMonthDay(month, 1, today, yearOfText(m[4]));
    if (anchor === undefined) continue;
    const [y, mm] = [yearOf(anchor), String(month).padStart(2, '0')];
    const date =
      n > 0
        ? plusDays(onOrAfter(`${y}-${mm}-01`, weekday), 7 * (n - 1))
        : onOrBefore(`${y}-${mm}-${lastDayOfMonth(y, month)}`, weekday);
    if (date.slice(5, 7) !== mm || date < today) continue;
    out.push({ ...spanOf(m), date, days: undefined, note: `Read '${m[0]}' as ${describe(date)}.` });
  }
}

/** "Mon-Wed next week", "Fri to Sun": both ends, however short the names. */
const WEEKDAY_RANGE = new RegExp(
  // A short gap only: a written date blanked between two day names ("Thurs the 14th of January
  // through Sunday") leaves a long one, and the names are then no range of their own.
  `\\b(?:(this|next|coming|this coming)\\s+)?${WEEKDAY_WORD}\\s{0,3}(?:-|–|to|through|thru|until|till)\\s{0,3}${WEEKDAY_WORD}\\b(\\s+(?:of\\s+)?(?:next|this)\\s+week|\\s+the\\s+week\\s+after\\s+next)?`,
  'g',
);

function weekdayRanges(lower: string, today: IsoDate, out: RelativeDate[]): void {
  for (const m of matchAll(lower, WEEKDAY_RANGE)) {
    const [first, last] = [weekdayNumber(m[2]!), weekdayNumber(m[3]!)];
    if (first < 0 || last < 0) continue;
    const when = `${m[1] ?? ''} ${m[4] ?? ''}`;
    const nextMonday = onOrAfter(plusDays(today, 1), 1);
    const start = /after\s+next/.test(when)
      ? onOrAfter(plusDays(nextMonday, 7), first)
      : /next/.test(when)
        ? onOrAfter(first === 0 ? plusDays(nextMonday, 6) : nextMonday, first)
        : onOrAfter(/this/.test(when) ? today : plusDays(today, 1), first);
    const end = onOrAfter(plusDays(start, 1), last);
    const days = daysBetween(start, end);
    out.push({
      ...spanOf(m),
      date: start,
      days,
      note: `Read '${m[0].trim()}' as ${describe(start)} to ${describe(end)}.`,
      // Without "this"/"next", a month said elsewhere places the range ("Fri to Mon in March").
      ...(when.trim() === '' ? { kind: 'weekday' as const } : {}),
    });
  }
}

const WEEKDAY = new RegExp(
  `(?:\\b(this coming|this|coming|upcoming|next|the following|following|on|from|leaving|leave|depart(?:ing)?|starting|start|back|returning|return|until|till|thru|through|to)\\s{1,3}|(?<=\\w\\s?)(-)\\s?)?\\b${WEEKDAY_WORD}\\b(?:\\s+(?:after\\s+next|next\\s+week|week))?`,
  'g',
);

/** "we sat", "who wed": a short day name after a subject is the verb. */
const PRONOUN_BEFORE = /\b(?:i|we|you|he|she|they|who|it)\s+$/;

function weekdays(lower: string, today: IsoDate, out: RelativeDate[]): void {
  // "this coming Saturday", "next Friday", "on Thursday", "fri" after a cue, "Friday to Monday".
  let previous: IsoDate | undefined;
  let previousEnd = -1;
  for (const m of matchAll(lower, WEEKDAY)) {
    const word = m[3]!;
    // A dash joins a range ("sat-mon"); it counts as a cue for the short names.
    const cue = m[1] ?? m[2];
    // "sun", "sat", "wed" are words too: short names count only after a cue word, or joined to
    // a day just named ("this sat & sun").
    const joinedToDay =
      previous !== undefined && /^\s*(?:&|and|to|thru|-|\+|\/)\s*$/.test(lower.slice(previousEnd, m.index));
    // A short name ending the request is the day too ("chicago to milwaukee for the day sat").
    const ending =
      /^\s*[.!?]?\s*$/.test(lower.slice(m.index + m[0].length)) &&
      !PRONOUN_BEFORE.test(lower.slice(0, m.index));
    if (word.length <= 4 && cue === undefined && !joinedToDay && !ending) continue;
    // "a Sunday brunch", "Saturday market": a day of the week named for what happens on it.
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (
      cue === undefined &&
      /^\s*(?:brunch|service|market|mass|roast|lunch|dinner|breakfast|night market)\b/.test(after)
    )
      continue;
    const weekday = weekdayNumber(word);
    if (weekday < 0) continue;
    const tail = m[0].slice(m[0].lastIndexOf(word) + word.length);
    let date: IsoDate;
    // A weekday right after another ("Friday to Monday", "leaving Fri, back Tue") counts from it.
    const chained =
      previous !== undefined &&
      m.index - previousEnd < 30 &&
      /^[\s,-]*(?:to|thru|through|until|till|back|returning|return|and|&|-|,)?/.test(
        lower.slice(previousEnd, m.index),
      );
    if (chained && previous !== undefined) date = onOrAfter(plusDays(previous, 1), weekday);
    else if (/after\s+next/.test(tail)) date = plusDays(onOrAfter(plusDays(today, 1), weekday), 7);
    else if (
      cue === 'next' ||
      cue === 'the following' ||
      cue === 'following' ||
      /next\s+week|week/.test(tail)
    ) {
      // "next Friday": the Friday of next week (Monday-started weeks), never this week's.
      const nextMonday = onOrAfter(plusDays(today, 1), 1);
      date = onOrAfter(weekday === 0 ? plusDays(nextMonday, 6) : nextMonday, weekday);
    } else if (cue === 'this') date = onOrAfter(today, weekday);
    else date = onOrAfter(plusDays(today, 1), weekday);
    // Only a day name with no "this"/"next" may be moved into a month said elsewhere.
    const bare = (cue === undefined || !/this|next|following|coming/.test(cue)) && tail.trim() === '';
    out.push({
      ...spanOf(m),
      date,
      days: undefined,
      note: `Read '${m[0].trim()}' as ${describe(date)}.`,
      ...(bare ? { kind: 'weekday' as const } : {}),
    });
    previous = date;
    previousEnd = m.index + m[0].length;
  }
}

const NTH_WEEKEND_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+(long\\s+)?weekend\\s+(?:of|in)\\s+${MONTH}${YEAR}`,
  'g',
);

function weekends(lower: string, today: IsoDate, out: RelativeDate[]): void {
  const re = /\b(this|next|the following|coming|this coming|upcoming)\s+(long\s+)?weekend\b/g;
  for (const m of matchAll(lower, re)) {
    const thisFriday = weekdayOf(today) === 6 || weekdayOf(today) === 0 ? today : onOrAfter(today, 5);
    const date =
      m[1] === 'next' || m[1] === 'the following'
        ? plusDays(onOrAfter(plusDays(today, 1), 5), weekdayOf(today) === 5 ? 0 : 7)
        : thisFriday;
    const days = m[2] ? 4 : 3;
    out.push({
      ...spanOf(m),
      date,
      days: date === today && weekdayOf(today) !== 5 ? (weekdayOf(today) === 6 ? 2 : 1) : days,
      note: `Read '${m[0]}' as from ${describe(date)}.`,
    });
  }
  // "the weekend after next": a week after "next weekend".
  for (const m of matchAll(lower, /\b(?:the\s+)?(long\s+)?weekend\s+after\s+(?:the\s+)?next\b/g)) {
    const date = plusDays(onOrAfter(plusDays(today, 1), 5), weekdayOf(today) === 5 ? 7 : 14);
    out.push({
      ...spanOf(m),
      date,
      days: m[1] ? 4 : 3,
      note: `Read '${m[0]}' as from ${describe(date)}.`,
    });
  }
  // "the first weekend of June", "the last weekend in May".
  for (const m of matchAll(lower, NTH_WEEKEND_OF_MONTH)) {
    const month = monthNumber(m[3]);
    const n = ORDINALS[m[1]!];
    if (month === undefined || n === undefined) continue;
    const anchor = nextMonthDay(month, 1, today, yearOfText(m[4]));
    if (anchor === undefined) continue;
    const y = yearOf(anchor);
    const saturday =
      n > 0
        ? plusDays(onOrAfter(`${y}-${String(month).padStart(2, '0')}-01`, 6), 7 * (n - 1))
        : onOrBefore(`${y}-${String(month).padStart(2, '0')}-${lastDayOfMonth(y, month)}`, 6);
    const date = plusDays(saturday, -1);
    out.push({ ...spanOf(m), date, days: m[2] ? 4 : 3, note: `Read '${m[0]}' as from ${describe(date)}.` });
  }
}

const OFFSET_UNIT = '(days?|weeks?|fortnights?|months?)';
const OFFSET = new RegExp(
  `\\b(?:in\\s+(${NUMBER}|an?)\\s+${OFFSET_UNIT}(?:'?\\s+time)?|(${NUMBER}|an?)\\s+${OFFSET_UNIT}\\s+from\\s+(now|today|${WEEKDAY_WORD}))\\b`,
  'g',
);

function offsets(lower: string, today: IsoDate, out: RelativeDate[]): void {
  for (const m of matchAll(lower, /\b(?:the\s+)?day after tomorrow\b/g)) {
    out.push({
      ...spanOf(m),
      date: plusDays(today, 2),
      days: undefined,
      note: `Read '${m[0]}' as ${plusDays(today, 2)}.`,
    });
  }
  // "in three weeks", "two weeks from now", "a week from Friday", "in a fortnight".
  for (const m of matchAll(lower, OFFSET)) {
    const countWord = m[1] ?? m[3] ?? '';
    const unitWord = (m[2] ?? m[4] ?? '').replace(/s$/, '');
    // "Rome in 5 days" is how long, not when (the place before it was blanked out), unless the
    // text gives the length elsewhere ("in 10 days for a week").
    const rest = lower.slice(0, m.index) + lower.slice(m.index + m[0].length);
    const placeBefore = /\S\s{2,}$|^\s{2,}$/.test(lower.slice(Math.max(0, m.index - 3), m.index));
    const lengthElsewhere = /\b(?:days?|nights?|weeks?|weekend|fortnight)\b/.test(rest);
    if (m[1] !== undefined && placeBefore && unitWord === 'day' && !lengthElsewhere) continue;
    // "there and back in a day", "to DC and back in a day" is how long, not when.
    if (
      /\b(?:(?:there\s+)?and\s+back|back and forth|in and out|round trip)\s+$/.test(
        lower.slice(Math.max(0, m.index - 20), m.index),
      )
    )
      continue;
    const count = /^an?$/.test(countWord) ? 1 : parseNumber(countWord);
    if (count === undefined) continue;
    let from = today;
    const anchor = m[6];
    if (anchor !== undefined) from = onOrAfter(plusDays(today, 1), weekdayNumber(anchor));
    let date: IsoDate;
    if (unitWord === 'month') {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + count);
      date = d.toISOString().slice(0, 10);
    } else date = plusDays(from, count * (unitWord === 'day' ? 1 : unitWord === 'week' ? 7 : 14));
    out.push({ ...spanOf(m), date, days: undefined, note: `Read '${m[0]}' as ${describe(date)}.` });
  }
  // After the offsets, so the "today" of "3 weeks from today" is not a day of its own.
  for (const m of matchAll(lower, /\b(tomorrow|today|tonight)\b/g)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const date = m[1] === 'tomorrow' ? plusDays(today, 1) : today;
    out.push({ ...spanOf(m), date, days: undefined, note: `Read '${m[0]}' as ${date}.` });
  }
}

const PART_DAYS: Record<string, number | 'last'> = {
  early: 1,
  'the beginning of': 1,
  'beginning of': 1,
  'the start of': 1,
  'start of': 1,
  'the first half of': 1,
  'first half of': 1,
  mid: 15,
  'mid-': 15,
  'middle of': 15,
  'the middle of': 15,
  'the second half of': 16,
  'second half of': 16,
  late: 20,
  'the end of': 24,
  'end of': 24,
};

const MONTH_PART = new RegExp(
  `\\b(${Object.keys(PART_DAYS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*${MONTH}${YEAR}`,
  'g',
);

const NTH_WEEK_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+week\\s+(?:of|in)\\s+${MONTH}${YEAR}`,
  'g',
);

/** A head count right after a month is no day of it: "in may 2 ppl", "jan 4 adults". */
const HEAD_COUNT_NEXT = `\\s+\\d{1,2}\\s*(?:${PARTY_NOUN}|of us)\\b`;
/**
 * A month alone: after "in", "during"…; with a year; or as an item of its own, between list
 * separators, after the trip's length or before a head count as texters write it ("5 nights feb,
 * fam of 4", "ski jan 2 ppl"). The month is matched before the lookbehind: a lookbehind tried at
 * every position of every request costs more.
 */
const MONTH_ONLY = new RegExp(
  `\\b(?:(?:sometime\\s+|some\\s+time\\s+|at\\s+some\\s+point\\s+)?(?:in|during|for|this|next|over|around|throughout|come)\\s+${MONTH}${YEAR}|${MONTH}\\s*,?\\s*(\\d{4}|'\\d{2}))(?!\\s*\\d(?!\\d?\\s*(?:${PARTY_NOUN}|of us)\\b))|\\b${MONTH}(?:(?<=(?:^|[,;:(]|\\s-|\\b\\d+\\s*(?:nights?|nts|days?|weeks?|wks?))\\s*[a-z]+\\.?)(?=\\s*(?:[,;.)!?]|\\s-\\s|$))|(?=${HEAD_COUNT_NEXT}))`,
  'g',
);

// A cue, or a day name alone ("Thurs the 14th thru Sun the 17th"), before the day; a hedge is a
// cue too ("in feb, maybe the 10th?").
const DAY_OF_MONTH_ALONE = new RegExp(
  `\\b(?:(?:maybe|around|about|probably|prob|ideally|roughly|say|on|from|out\\s+of|starting|start|leaving|leave|departing|depart|flying|fly|until|till|to|through|thru|back|returning|return|for(?=\\s+the\\s))\\s+(?:${WEEKDAY_WORD}\\s*,?\\s+)?|${WEEKDAY_WORD}\\s*,?\\s+(?=the\\s))(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s*(?:of\\b|-|century|floor|birthday|anniversary|time|year|week|night|day|row|place|edition|generation|grade|in\\b))`,
  'g',
);

const RANGE_OPENING_DAY =
  /\bthe\s+(\d{1,2})(?:st|nd|rd|th)(?=\s+(?:to|through|thru|until|till)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)/g;

/** "the end of the month", "early next month", "mid this month": a part of a month not named. */
const PART_OF_UNNAMED_MONTH = new RegExp(
  `\\b(${Object.keys(PART_DAYS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:the|this|next)\\s+month\\b`,
  'g',
);

/**
 * "Thursday the 14th" with no month: the next 14th that is a Thursday (within a year), which is
 * what the writer was looking at on the calendar; undefined when none is.
 */
function nextDayOnWeekday(from: IsoDate, day: number, weekday: number): IsoDate | undefined {
  let at = from;
  for (let k = 0; k < 12; k++) {
    const date = nextDayOfMonth(at, day, 2);
    if (date === undefined) return undefined;
    if (weekdayOf(date) === weekday) return date;
    at = plusDays(date, 1);
  }
  return undefined;
}

function monthParts(lower: string, today: IsoDate, out: RelativeDate[]): void {
  // "the second week of June": the 8th to the 14th (weeks counted from the 1st), a week long.
  for (const m of matchAll(lower, NTH_WEEK_OF_MONTH)) {
    const month = monthNumber(m[2]);
    const n = ORDINALS[m[1]!];
    if (month === undefined || n === undefined) continue;
    const anchor = nextMonthDay(month, 1, today, yearOfText(m[3]));
    if (anchor === undefined) continue;
    const y = yearOf(anchor);
    const day = n > 0 ? 1 + 7 * (n - 1) : lastDayOfMonth(y, month) - 6;
    const date = validIso(y, month, day);
    if (date === undefined) continue;
    out.push({ ...spanOf(m), date, days: 7, note: `Read '${m[0]}' as the week from ${describe(date)}.` });
  }
  for (const m of matchAll(lower, MONTH_PART)) {
    const month = monthNumber(m[2]);
    const day = PART_DAYS[m[1]!];
    if (month === undefined || day === undefined) continue;
    const date = nextMonthDay(month, day, today, yearOfText(m[3]));
    if (date === undefined) continue;
    out.push({ ...spanOf(m), date, days: undefined, note: `Read '${m[0]}' as starting ${describe(date)}.` });
  }
  // "on the 15th", "from the 3rd": a day of the month alone is its next occurrence; a weekday
  // before it ("leaving Thursday the 17th") only names that day.
  let previousDay: IsoDate | undefined;
  const dayMatches = matchAll(lower, DAY_OF_MONTH_ALONE).map((m) => ({
    m,
    day: Number(m[3]),
    weekdayWord: m[1] ?? m[2],
  }));
  // "the 28th through the 2nd": a day opening a range needs no cue (tried only when one is there).
  if (/\d(?:st|nd|rd|th)\s+(?:to|through|thru|until|till)\s/.test(lower))
    for (const m of matchAll(lower, RANGE_OPENING_DAY))
      if (!dayMatches.some((d) => d.m.index < m.index + m[0].length && m.index < d.m.index + d.m[0].length))
        dayMatches.push({ m, day: Number(m[1]), weekdayWord: undefined });
  dayMatches.sort((a, b) => a.m.index - b.m.index);
  for (const { m, day, weekdayWord } of dayMatches) {
    if (day < 1 || day > 31) continue;
    // "leaving on the 28th, back on the 3rd": a later day counts from the one before it.
    const from = previousDay !== undefined && previousDay > today ? plusDays(previousDay, 1) : today;
    const date =
      (weekdayWord === undefined ? undefined : nextDayOnWeekday(from, day, weekdayNumber(weekdayWord))) ??
      nextDayOfMonth(from, day, 3);
    if (date === undefined) continue;
    previousDay = date;
    out.push({
      ...spanOf(m),
      date,
      days: undefined,
      note: `Read '${m[0].replace(/\s+/g, ' ')}' as ${describe(date)}.`,
      ...(weekdayWord === undefined ? { kind: 'dayOfMonth' as const } : {}),
    });
  }
  for (const m of matchAll(lower, PART_OF_UNNAMED_MONTH)) {
    const part = PART_DAYS[m[1]!];
    if (part === undefined) continue;
    const first = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    if (/next\s+month$/.test(m[0])) first.setUTCMonth(first.getUTCMonth() + 1);
    const [y, month] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
    const day = part === 'last' ? lastDayOfMonth(y, month) : part;
    const date = validIso(y, month, day);
    if (date === undefined) continue;
    // "early this month" said on the 20th: what is left of it, from today.
    const from = date < today ? today : date;
    out.push({
      ...spanOf(m),
      date: from,
      days: undefined,
      note: `Read '${m[0]}' as starting ${describe(from)}.`,
    });
  }
  // "next month": from its 1st.
  for (const m of matchAll(lower, /\b(?:sometime\s+)?next\s+month\b/g)) {
    const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    const date = d.toISOString().slice(0, 10);
    out.push({ ...spanOf(m), date, days: undefined, note: `Read '${m[0]}' as from the 1st, ${date}.` });
  }
  // Month only: "in May", "sometime in June 2027", "during August", "this October", "June 2027".
  for (const m of matchAll(lower, MONTH_ONLY)) {
    if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    // The last form is a month standing alone as one item of a list ("from Seattle, October, 2 adults").
    // "we may 2 …": after a subject, "may" is the verb.
    if (m[5] !== undefined && PRONOUN_BEFORE.test(lower.slice(0, m.index))) continue;
    const month = monthNumber(m[1] ?? m[3] ?? m[5]);
    if (month === undefined) continue;
    const year = yearOfText(m[2] ?? m[4]);
    const next = /^next\b/.test(m[0]);
    let date = nextMonthDay(month, 1, today, year);
    if (date !== undefined && next && year === undefined && date.slice(0, 7) === today.slice(0, 7))
      date = nextMonthDay(month, 1, plusDays(today, 40));
    if (date === undefined) continue;
    out.push({
      ...spanOf(m),
      date,
      days: undefined,
      note: `Only the month was given ('${m[0].trim()}'); planning from the 1st, ${date} (${MONTH_LABELS[month - 1]}).`,
      kind: 'month',
    });
  }
}

/**
 * Days said the way people say them, resolved against `today`: holidays (computed for the
 * year), weekdays ("this coming Saturday", "next Friday" = Friday of next week), weekends,
 * offsets ("in three weeks"), parts of a month ("late May", "the second week of June") and a
 * month alone ("in May" = from the 1st). Sorted by position.
 */
export function findRelativeDates(lower: string, today: IsoDate): RelativeDate[] {
  const found: RelativeDate[] = [];
  const add = (list: RelativeDate[]) => {
    for (const r of list) if (!found.some((f) => f.start < r.end && r.start < f.end)) found.push(r);
  };
  for (const finder of [
    monthSpans,
    weekends,
    nthWeekdayOfMonth,
    monthParts,
    offsets,
    weekdayRanges,
    weekdays,
    weeksAhead,
  ]) {
    const list: RelativeDate[] = [];
    finder(lower, today, list);
    add(list);
  }
  const anchored = anchorWeekdaysInWeek(
    anchorDaysInMonth(anchorWeekdaysInMonth(found.sort((a, b) => a.start - b.start))),
    lower,
  );
  return afterTheStart(anchored);
}

/** "next week", "the week after next": from its Monday. */
function weeksAhead(lower: string, today: IsoDate, out: RelativeDate[]): void {
  const nextMonday = onOrAfter(plusDays(today, 1), 1);
  for (const m of matchAll(lower, /\b(?:the\s+)?week\s+after\s+next\b|\bnext\s+week\b(?!\s*end)/g)) {
    const date = /after/.test(m[0]) ? plusDays(nextMonday, 7) : nextMonday;
    out.push({
      ...spanOf(m),
      date,
      days: undefined,
      note: `Read '${m[0]}' as from ${describe(date)}.`,
      kind: 'week',
    });
  }
}
