import { NUMBER, parseNumber } from './numbers.js';
import { matchAll, type Span, spanOf } from './text.js';

/** A trip length written in the text, already in days (out and back included). */
export interface DurationMention extends Span {
  readonly days: number;
  /** Said in whole weeks ("3 weeks", "a fortnight"): a round figure, not a count of days. */
  readonly inWeeks?: true;
}

/** Words before "week" that say which week (a date), not what kind of week (a length). */
const WHEN_WORDS =
  /\b(?:next|this|last|coming|following|same|every|each|per|that|which|other|first|second|third|fourth|fifth|final|\d+(?:st|nd|rd|th)|of)\b/;

// Built once, not on every parse; 'g' and read only through matchAll, which resets lastIndex.
/** "5 days", "a week", "10-night", "week-long". */
const COUNTED = new RegExp(
  `\\b(${NUMBER}|an?)\\s*-?\\s*(days?|nights?|weeks?|fortnights?)\\b(?:\\s*-?\\s*long\\b)?`,
  'g',
);
/** "a week and a half", "two and a half weeks". */
const WEEK_AND_A_HALF = new RegExp(
  `\\b(${NUMBER}|an?)\\s+(?:weeks?\\s+and\\s+a\\s+half|and\\s+a\\s+half\\s+weeks?)\\b`,
  'g',
);
/** "a month", "two months", "month-long". */
const MONTHS = new RegExp(`\\b(${NUMBER}|an?|one)\\s*-?\\s*months?\\b(?:\\s*-?\\s*long\\b)?`, 'g');

/**
 * "5 days", "5-day", "a week", "week-long", "two weeks", "a fortnight", "10 nights" (11 days),
 * "a weekend" (3), "a long weekend" (4). Skips lengths that are not the trip's: "the first 2
 * days", "3 meals a day", "book 3 days in advance".
 */
export function findDurations(lower: string): DurationMention[] {
  const found: DurationMention[] = [];
  for (const m of matchAll(lower, COUNTED)) {
    const count = m[1] === 'a' || m[1] === 'an' ? 1 : parseNumber(m[1] ?? '');
    const unit = (m[2] ?? '').replace(/s$/, '');
    if (count === undefined || count < 1) continue;
    const before = lower.slice(Math.max(0, m.index - 12), m.index);
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "the last 2 days" is part of the trip; "will last 3 days" is its length.
    if (
      /\b(?:first|other|every|per|each|extra|additional)\s+$|\b(?:the|our|my|those|these)\s+last\s+$/.test(
        before,
      )
    )
      continue;
    // "for 8 nights after New Year" is the trip's length, starting after the holiday.
    if (
      /^\s*(?:before|after|ago|earlier|later|in advance|notice|prior)\b/.test(after) &&
      !/\bfor\s+$/.test(before)
    )
      continue;
    // "a day" / "a night" are rates ("3 meals a day") unless they name a trip ("a day trip").
    if (
      (m[1] === 'a' || m[1] === 'an') &&
      (unit === 'day' || unit === 'night') &&
      !/^\s*-?\s*trip/.test(after)
    ) {
      continue;
    }
    const days =
      unit === 'day' ? count : unit === 'night' ? count + 1 : unit === 'week' ? count * 7 : count * 14;
    found.push({ ...spanOf(m), days, ...(unit === 'week' || unit === 'fortnight' ? { inWeeks: true } : {}) });
  }
  // "a week and a half", "two and a half weeks": the half week rounds down to three days.
  for (const m of matchAll(lower, WEEK_AND_A_HALF)) {
    const count = m[1] === 'a' || m[1] === 'an' ? 1 : (parseNumber(m[1] ?? '') ?? 1);
    const at = found.findIndex((f) => f.start >= m.index && f.start < m.index + m[0].length);
    if (at >= 0) found.splice(at, 1);
    found.push({ ...spanOf(m), days: count * 7 + 3 });
  }
  // "a one-nighter", "an overnight trip": two days.
  for (const m of matchAll(
    lower,
    /\b(?:an?\s+)?(?:one[- ]nighter|overnighter|overnight (?:trip|stay|getaway)|overnight(?!\s+(?:flights?|travel|trains?|bus(?:es)?|layovers?)))\b/g,
  )) {
    found.push({ ...spanOf(m), days: 2 });
  }
  // "week in Hawaii", "planning a week away", "cheap week in Lisbon", "a lazy beach week on
  // Maui", "a ski week starting Jan 30": a week said without a number, described by up to two
  // words ("next week in Paris" is when).
  for (const m of matchAll(
    lower,
    /(?:^|\b(?:a|for|spend|spending|plan|planning)\s+)(?:the\s+)?((?:[a-z'-]+\s+){0,2}?)week\s+(?=(?:in|at|on|away|off|by|around|exploring|touring|starting|beginning|leaving|departing)\b)/g,
  )) {
    if (WHEN_WORDS.test(m[1] ?? '')) continue;
    const start = m.index + m[0].lastIndexOf('week');
    if (!found.some((f) => f.start <= start && start < f.end)) found.push({ start, end: start + 4, days: 7 });
  }
  // "a month in Lisbon", "two months": thirty days a month, the planner's longest trips.
  for (const m of matchAll(lower, MONTHS)) {
    const count = /^(?:an?|one)$/.test(m[1] ?? '') ? 1 : parseNumber(m[1] ?? '');
    const before = lower.slice(Math.max(0, m.index - 12), m.index);
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "in a month", "3 months from now", "a month ahead" say when, not how long.
    if (count === undefined || count < 1 || /\b(?:in|within|next|per|every|each)\s+$/.test(before)) continue;
    // "our 3 month old" is an age.
    if (
      /^\s*(?:from now|ahead|away|out|before|after|ago|later|in advance|time|'s time)\b|^[\s-]*olds?\b/.test(
        after,
      )
    )
      continue;
    found.push({ ...spanOf(m), days: count * 30 });
  }
  // "a day trip to Milwaukee", "day-trip Saturday", "back and forth in a day", "NYC to DC and back
  // in a day": one day.
  for (const m of matchAll(
    lower,
    /\b(?:an?\s+)?day[- ]?trip(?:ping)?\b|\b(?:(?:there\s+)?and\s+back|back and forth|in and out|round trip)\s+(?:in\s+)?(?:a|one|the same)\s+day\b|\bsame[- ]day\s+(?:return|trip|round[- ]trip)\b/g,
  )) {
    if (!found.some((f) => f.start < m.index + m[0].length && m.index < f.end))
      found.push({ ...spanOf(m), days: 1 });
  }
  // "Milwaukee for the day", "a day in Milwaukee": a day trip, but only when nothing else says
  // how long, since "a pass for the day" or "eat out for the day" inside a longer trip is not one.
  if (found.length === 0) {
    for (const m of matchAll(
      lower,
      /\b(?:just\s+|only\s+)?for\s+(?:the|a)\s+day\b(?!\s*(?:pass|ticket|rate|use|trip))|(?:^|\b(?:spend|spending|just|only)\s+)(?:a|one)\s+day\s+(?=in\b)/g,
    )) {
      const before = lower.slice(Math.max(0, m.index - 24), m.index);
      if (
        /\b(?:pass|passes|ticket|tickets|rental|rent|hire|parking|closed|off|break|car|bike|boat)\s+$/.test(
          before,
        )
      )
        continue;
      found.push({ ...spanOf(m), days: 1 });
      break;
    }
  }
  for (const m of matchAll(lower, /\b(?:a\s+)?week-?long\b/g)) {
    if (!found.some((f) => f.start <= m.index && m.index < f.end)) found.push({ ...spanOf(m), days: 7 });
  }
  for (const m of matchAll(lower, /\b(long\s+)?weekend\b/g)) {
    // "a 3-day weekend" already said how long.
    if (found.some((f) => f.end <= m.index && /^\s*$/.test(lower.slice(f.end, m.index)))) continue;
    found.push({ ...spanOf(m), days: m[1] ? 4 : 3 });
  }
  return found.sort((a, b) => a.start - b.start);
}
