import { findDateMentions, findDateRanges } from './date-mentions.js';
import { findDurations } from './durations.js';
import type { GazetteerIndex } from './gazetteer.js';
import { findMoney } from './money.js';
import { ANY_MONTH } from './months.js';
import { findPlaceMentions } from './place-mentions.js';
import { maskSpans, matchAll, type RequestText, type Span, spanOf } from './text.js';

/**
 * Words that take back what was just said: "3 nights, actually make it 4 nights", "Phoenix,
 * sorry I mean Tucson", "Jan 15-18, wait no, Jan 16-19", "$1,500 - no scratch that, $2,000".
 */
export const TAKE_BACK =
  "(?:actually|wait|no(?=\\s*(?:[,;.!:-]|wait\\b|scratch\\b|sorry\\b|actually\\b|i mean\\b|make\\b))|nope|sorry|oops|scratch that|make (?:it|that)|i mean|i meant|or rather|rather|correction|change (?:it|that) to|er|erm|um|let'?s say)";
/**
 * A word the correction repeats before its new value ("from Tokyo? no, from Osaka", "on the
 * 19th... actually the 20th"): it belongs to both, so it may close the gap.
 */
const RESTATED_WORD =
  '(?:(?:just|only)\\s+)?(?:(?:from|to|in|into|on|at|until|till|back|home|returning)\\s+)?(?:the\\s+)?';
/** "Lisbon & Porto? no, just Porto": the list narrowed to one of its places. */
const NARROWED = /\b(?:just|only)\s+$/;
/** Places joined into one list: "Lisbon & Porto", "Rome, Florence and Venice". */
const LIST_JOIN = /^\s*(?:,|&|\+|\/|and|,\s*and)\s*$/;
/**
 * Between two things of one kind, nothing but take-back words: the second replaces the first. A
 * bare "no" is not one ("Paris, Rome, no Venice" may refuse Venice); "no," and "no wait" are.
 */
const CORRECTION_GAP = new RegExp(
  `^[\\s,;.!?:()-]*(?:or\\s+)?(?:${TAKE_BACK}\\b[\\s,;.!?:()-]*)+${RESTATED_WORD}$`,
);
/** "Boston... maybe NYC instead": a softer take-back, whose "instead" follows the new value. */
const SOFT_GAP = /^[\s,;.!?:()-]*(?:or|maybe|perhaps|possibly|or maybe|or perhaps)?[\s,;.!?:()-]*$/;
const INSTEAD_AFTER = /^\s*instead\b(?!\s+of\b)/;
/** A cheap look for any take-back word before the readers are run ("no" only before a comma). */
const MAY_CORRECT =
  /\b(?:actually|wait|nope|sorry|oops|scratch that|make (?:it|that)|i meant?|rather|instead|correction|change (?:it|that) to|er|erm|um|let'?s say)\b|\bno,/;

export interface Corrected {
  readonly text: RequestText;
  readonly notes: string[];
}

/** The take-back words that end the text before a place: the gap of a correction, found leftmost. */
const GAP_BEFORE = new RegExp(`${CORRECTION_GAP.source.slice(1, -1)}$`);
/** A capitalised name (one to three words) just after a place word: "home to Charlotte". */
const NAME_AFTER_PLACE_WORD =
  /\b(?:to|from|in|into|via|visit|visiting|then|and)\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})$/;

/**
 * "fly home to Charlotte... sorry, Raleigh": a name the world does not know, taken back in favour
 * of a place it does. The known place after the take-back words retracts the unknown name before.
 */
function retractedUnknownNames(text: RequestText, places: readonly Span[]): Array<{ gone: Span; by: Span }> {
  const out: Array<{ gone: Span; by: Span }> = [];
  for (const by of places) {
    const gap = GAP_BEFORE.exec(text.lower.slice(0, by.start));
    if (gap === null || gap[0].trim() === '') continue;
    const name = NAME_AFTER_PLACE_WORD.exec(text.cased.slice(0, gap.index));
    if (name === null) continue;
    const start = gap.index - name[1]!.length;
    if (places.some((p) => p.start < gap.index && start < p.end)) continue;
    out.push({ gone: { start, end: gap.index }, by });
  }
  return out;
}

/** The items of one kind each retracted by the one after it, with what replaced them. */
function retracted(lower: string, items: readonly Span[]): Array<{ gone: Span; by: Span }> {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const out: Array<{ gone: Span; by: Span }> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [gone, by] = [sorted[i]!, sorted[i + 1]!];
    if (gone.end > by.start) continue;
    const gap = lower.slice(gone.end, by.start);
    if (CORRECTION_GAP.test(gap) || (SOFT_GAP.test(gap) && INSTEAD_AFTER.test(lower.slice(by.end))))
      out.push({ gone, by });
  }
  return out;
}

/** A place narrowed to ("no, just Porto") takes back the whole list it was named in. */
function widenedToList(
  lower: string,
  places: readonly Span[],
  taken: { gone: Span; by: Span },
): { gone: Span; by: Span } {
  if (!NARROWED.test(lower.slice(taken.gone.end, taken.by.start))) return taken;
  let start = taken.gone.start;
  for (const p of [...places].filter((p) => p.end <= start).sort((a, b) => b.start - a.start)) {
    if (!LIST_JOIN.test(lower.slice(p.end, start))) break;
    start = p.start;
  }
  return { gone: { start, end: taken.gone.end }, by: taken.by };
}

/** "jan 14th... actually the 15th": a day alone corrects the day, and the month stays. */
function monthKept(lower: string, taken: { gone: Span; by: Span }): { gone: Span; by: Span } {
  if (!/^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/.test(lower.slice(taken.by.start, taken.by.end))) return taken;
  const month = MONTH_FIRST.exec(lower.slice(taken.gone.start, taken.gone.end));
  if (month === null) return taken;
  return { gone: { start: taken.gone.start + month[0].length, end: taken.gone.end }, by: taken.by };
}
const MONTH_FIRST = new RegExp(`^${ANY_MONTH}\\.?(?=\\s)`);

/**
 * Days named alone, which the date readers place later: "back Sunday, no wait, Monday", "on the
 * 19th... actually the 20th".
 */
const LONE_DAY =
  /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|weds|the \d{1,2}(?:st|nd|rd|th))\b/g;
/** Parts of a month: "early march, wait no, late march". */
const MONTH_PART = new RegExp(
  `\\b(?:early|mid|late|end of|beginning of|start of|the end of|the start of|the beginning of)[\\s-]*${ANY_MONTH}\\b`,
  'g',
);

/** Written dates: ranges, the single dates not inside one, and days named alone outside both. */
function writtenDates(lower: string): Span[] {
  const singles = findDateMentions(lower);
  const ranges = findDateRanges(lower, singles);
  const dates = [
    ...ranges,
    ...singles.filter((s) => !ranges.some((r) => r.start <= s.start && s.end <= r.end)),
  ];
  const lone = [...matchAll(lower, LONE_DAY), ...matchAll(lower, MONTH_PART)]
    .map(spanOf)
    .filter((d) => !dates.some((r) => r.start < d.end && d.start < r.end));
  return [...dates, ...lone];
}

/**
 * After a length, a few words without a number ("in Vegas"), then take-back words and a bare
 * number: "3 nights in Vegas, actually make it 4" (no unit of its own).
 */
const BARE_NUMBER_GAP = new RegExp(
  `^([^\\d.;!?]{0,30}?)([\\s,;.!?:()-]*(?:or\\s+)?(?:${TAKE_BACK}\\b[\\s,;.!?:()-]*)+)(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b(?![\\s-]*(?:[a-z%$\\u00a3\\u20ac]|\\d))`,
);

/**
 * "3 nights in Vegas, actually make it 4": the bare number keeps the unit it corrects. The length
 * taken back is blanked and "4 nights" written over the take-back words (padded to their length,
 * so every span stays where it was).
 */
function restatedLengths(text: RequestText): Corrected {
  const notes: string[] = [];
  let { cased, lower } = text;
  const put = (start: number, end: number, words: string) => {
    const padded = words.padEnd(end - start, ' ');
    cased = cased.slice(0, start) + padded + cased.slice(end);
    lower = lower.slice(0, start) + padded + lower.slice(end);
  };
  for (const d of findDurations(text.lower)) {
    const m = BARE_NUMBER_GAP.exec(text.lower.slice(d.end));
    if (m === null) continue;
    const written = text.lower.slice(d.start, d.end);
    const count = /^\S+/.exec(written)?.[0] ?? '';
    if (!/^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(count)) continue;
    // "a week, make it 2": two weeks.
    const unit = /^(?:1|one)$/.test(m[3]!)
      ? written.slice(count.length)
      : written.slice(count.length).replace(/\b(day|night|week|fortnight)\b/, '$1s');
    const restated = `${m[3]}${unit}`;
    const gapStart = d.end + m[1]!.length;
    const gapEnd = gapStart + m[2]!.length + m[3]!.length;
    if (restated.length >= gapEnd - gapStart) continue;
    put(d.start, d.end, '');
    put(gapStart, gapEnd, ` ${restated}`);
    notes.push(`Read '${m[3]}' as correcting '${written}': ${restated}.`);
  }
  return { text: notes.length === 0 ? text : { cased, lower }, notes };
}

/**
 * Blanks out what the writer took back, with the take-back words, so every reader after this
 * one meets only the corrected request: places, written dates, trip lengths and amounts.
 */
export function withoutCorrections(written: RequestText, index: GazetteerIndex): Corrected {
  if (!MAY_CORRECT.test(written.lower)) return { text: written, notes: [] };
  const restated = restatedLengths(written);
  const text = restated.text;
  const lower = text.lower;
  const places = findPlaceMentions(text, index);
  const taken = [
    ...retracted(lower, places).map((r) => widenedToList(lower, places, r)),
    ...retractedUnknownNames(text, places),
    ...retracted(lower, writtenDates(lower)).map((r) => monthKept(lower, r)),
    ...retracted(lower, findDurations(lower)),
    ...retracted(lower, findMoney(lower)),
  ];
  if (taken.length === 0) return restated;
  const notes = restated.notes.concat(
    taken.map(
      ({ gone, by }) =>
        `Read '${text.cased.slice(by.start, by.end)}' as correcting '${text.cased.slice(gone.start, gone.end).trim()}'.`,
    ),
  );
  return {
    text: maskSpans(
      text,
      taken.map(({ gone, by }) => ({ start: gone.start, end: by.start })),
    ),
    notes,
  };
}
