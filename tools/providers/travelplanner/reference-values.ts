import type { HouseRule } from '../../domain/common.schema.js';

/**
 * Parsers for the free-text values of the reference data. Each returns undefined for text it
 * cannot read, so the record schema can report the field instead of guessing.
 */

/** "1,144", "474", 474, "57.5" → number; the dataset writes thousands with commas. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/,/g, '').trim();
  if (text === '' || !/^-?\d*\.?\d+$/.test(text)) return undefined;
  return Number(text);
}

const DURATION_PART = /(\d+(?:\.\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)\b/gi;
const MINUTES_PER_UNIT: Record<string, number> = { d: 24 * 60, h: 60, m: 1 };

/** "1 hours 21 minutes", "8 hours 25 mins", "1 day 2 hours", "45 mins" → minutes. */
export function readDurationMinutes(text: string): number | undefined {
  let minutes = 0;
  let parts = 0;
  for (const [, amount, unit] of text.matchAll(DURATION_PART)) {
    const factor = MINUTES_PER_UNIT[(unit ?? '').charAt(0).toLowerCase()];
    if (factor === undefined) return undefined;
    minutes += Number(amount) * factor;
    parts += 1;
  }
  return parts > 0 ? Math.round(minutes) : undefined;
}

/** "9:05" or "09:05" → "09:05"; the dataset does not always zero-pad hours. */
export function readClockTime(text: string): string | undefined {
  const match = /^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** Minutes from one clock time to the next, across midnight when the arrival is earlier. */
export function minutesBetween(departure: string, arrival: string): number {
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (toMinutes(arrival) - toMinutes(departure) + 24 * 60) % (24 * 60);
}

const HOUSE_RULES: Record<string, HouseRule> = {
  smoking: 'smoking',
  parties: 'parties',
  'children under 10': 'children under 10',
  visitors: 'visitors',
  pets: 'pets',
};

/**
 * "No smoking & No pets" → ['smoking', 'pets']; empty text forbids nothing. Returns undefined
 * when a rule is not one of TravelPlanner's five, since dropping it would change hard checks.
 */
export function readHouseRules(text: string | null | undefined): HouseRule[] | undefined {
  const rules: HouseRule[] = [];
  for (const part of (text ?? '').split('&')) {
    const phrase = part.trim().toLowerCase();
    if (phrase === '') continue;
    const rule = HOUSE_RULES[phrase.replace(/^no\s+/, '').replace(/\s+/g, ' ')];
    if (!phrase.startsWith('no ') || rule === undefined) return undefined;
    if (!rules.includes(rule)) rules.push(rule);
  }
  return rules;
}

/** "Tea, French, Bakery" → ['Tea', 'French', 'Bakery']. */
export function readCuisines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** The dataset says "No valid information." or "There is no flight from …" instead of an empty list. */
export function isNoInformation(value: unknown): boolean {
  return typeof value === 'string' && /^\s*(no valid information|there is no\b)/i.test(value);
}
