import type { RequestProblem } from '../../../tools/domain/trip-spec.schema.js';
import { DEFAULT_CURRENCY } from './home-currency.js';
import { NUMBER, parseNumber } from './numbers.js';
import { PARTY_NOUN, RELATION } from './party-words.js';
import { clauseBefore, matchAll, type Span, spanOf } from './text.js';

/** An amount of money in the text and what it is per, if anything. */
export interface MoneyMention extends Span {
  readonly amount: number;
  /** ISO 4217; undefined when the text gives no currency ("a budget of 15.1k"). */
  readonly currency: string | undefined;
  readonly per: 'person' | 'couple' | 'day' | 'night' | undefined;
  /** Preceded by "budget", "spend", "up to"…: the total the travellers named. */
  readonly cued: boolean;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  cad: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  aud: 'AUD',
  nz$: 'NZD',
  nzd: 'NZD',
  '\u20ac': 'EUR',
  eur: 'EUR',
  '\u00a3': 'GBP',
  gbp: 'GBP',
  '\u00a5': 'JPY',
  jpy: 'JPY',
  '\u20b9': 'INR',
  inr: 'INR',
  rs: 'INR',
  'rs.': 'INR',
  chf: 'CHF',
  s$: 'SGD',
  sgd: 'SGD',
  hk$: 'HKD',
  hkd: 'HKD',
  mx$: 'MXN',
  mxn: 'MXN',
  r$: 'BRL',
  brl: 'BRL',
  aed: 'AED',
  thb: 'THB',
  krw: 'KRW',
  '\u20a9': 'KRW',
  '\u0e3f': 'THB',
  '\u20aa': 'ILS',
  '\u20ba': 'TRY',
  '\u20ab': 'VND',
  '\u20b1': 'PHP',
  rm: 'MYR',
  r: 'ZAR',
  rp: 'IDR',
  'rp.': 'IDR',
  nt$: 'TWD',
  rmb: 'CNY',
  'z\u0142': 'PLN',
  cny: 'CNY',
  zar: 'ZAR',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
};

const WORDS: Array<[RegExp, string]> = [
  [/^(?:canadian\s+dollars?|cad)$/, 'CAD'],
  [/^(?:australian\s+dollars?|aud)$/, 'AUD'],
  [/^(?:(?:us|american)\s+)?(?:dollars?|bucks|usd)$/, 'USD'],
  [/^(?:euros?|eur)$/, 'EUR'],
  [/^(?:pounds?(?:\s+sterling)?|quid|gbp)$/, 'GBP'],
  [/^(?:yen|jpy)$/, 'JPY'],
  [/^(?:rupees?|inr)$/, 'INR'],
  [/^(?:swiss\s+francs?|francs?|chf)$/, 'CHF'],
  [/^(?:singapore\s+dollars?|sgd)$/, 'SGD'],
  [/^(?:(?:mexican\s+)?pesos?|mxn)$/, 'MXN'],
  [/^(?:dirhams?|aed)$/, 'AED'],
  [/^(?:baht|thb)$/, 'THB'],
  [/^(?:(?:korean\s+)?won|krw)$/, 'KRW'],
  [/^(?:ringgit|myr)$/, 'MYR'],
  [/^(?:rupiah|idr)$/, 'IDR'],
  [/^(?:(?:chinese\s+)?yuan|rmb|renminbi|cny)$/, 'CNY'],
  [/^(?:shekels?|ils)$/, 'ILS'],
  [/^(?:(?:turkish\s+)?lira|try)$/, 'TRY'],
  [/^(?:zlot(?:y|ys|ych|e)|pln)$/, 'PLN'],
  [/^(?:rand|zar)$/, 'ZAR'],
];

const SYMBOL =
  '(us\\$|ca\\$|au\\$|nz\\$|hk\\$|mx\\$|nt\\$|c\\$|a\\$|s\\$|r\\$|\\$|\u20a9|\u0e3f|\u20aa|\u20ba|\u20ab|\u20b1|rm(?=\\s*\\d)|r(?=\\d)|rp\\.?(?=\\s*\\d)|rmb|z\u0142|\u20ac|\u00a3|\u00a5|\u20b9|rs\\.?|usd|cad|aud|nzd|eur|gbp|jpy|inr|chf|sgd|hkd|mxn|brl|aed|thb|krw|cny|zar|sek|nok|dkk)';
// "2,50,000": India groups by lakhs, two digits at a time above the thousands.
const AMOUNT =
  '(\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|\\d{1,3}(?:[,.]\\d{3})+(?:\\.\\d+)?|\\d+,\\d{1,2}(?=\\s*(?:k|thousand|grand)\\b)|\\d+(?:\\.\\d+)?)\\s*(k|thousand|grand|m|mil|million|lakhs?|lacs?|crores?|cr)?(?:\\b|(?=pp\\b))';
const CURRENCY_WORD =
  '((?:(?:us|american|canadian|australian)\\s+)?dollars?|bucks|euros?|pounds?(?:\\s+sterling)?|quid|yen|rupees?|(?:swiss\\s+)?francs?|singapore\\s+dollars?|(?:mexican\\s+)?pesos?|dirhams?|baht|(?:korean\\s+)?won|ringgit|rupiah|(?:chinese\\s+)?yuan|renminbi|rmb|shekels?|(?:turkish\\s+)?lira|zlot(?:y|ys|ych|e)|z\u0142|rand|\u20a9|usd|cad|aud|nzd|eur|gbp|jpy|inr|chf|sgd|hkd|mxn|brl|aed|thb|krw|cny|zar|sek|nok|dkk|\u20ac|\u00a3|\\$)';
/** "between 2 and", "from 2 to": the lower end of a range whose scale is said after the upper end. */
const SHARED_RANGE = /(.*\b(?:between|from))\s+\d+(?:\.\d+)?\s*(?:and|to|-)\s*$/;
/** Words before a bare number that make it the budget ("budget is about 4000"). */
const CUE =
  /(?:\b(?:budget|budgeted|spend|spending|afford|total|overall|cap|capped|max|maximum|limit|up to|under|below|no more than|at most|not exceed|within|tops|roughly|around|about|approximately|approx|somewhere around|in the region of|ballpark|less than|keep it (?:under|below)|have|got|go over|going over|exceed|exceeding|more than)\b|~)[^\d]{0,30}$/;
/** Words after a bare number that make it the budget ("1800 tops", "3000 all in"). */
const CUE_AFTER =
  /^\s*(?:per (?:person|head|traveller|traveler)|pp|each|a head|tops|max(?:imum)?|total|in total|all[- ]in|or less|or under|to spend|for (?:everything|the (?:whole )?trip|the lot|all of us)|budget|is (?:our|my|the) (?:budget|limit|max))\b/;
// "$600 p/p", "$800 x2 people": per person too.
const PER =
  /^\s*(?:(?:per|a|an|each|every|\/)\s*(person|head|pax|traveller|traveler|people|night|nite|nt|ngt|day|couple)\b|(nightly)\b|(pp|p\/p|p\.p\.?)(?![a-z])|(each)|(?:x|\u00d7)\s?\d{1,2}\s*(?:people|ppl|persons|pax|travell?ers|adults)?\b)/;
/** How people shorten "night" after a price: "€120/nt", "$90 a nite", "150 nightly". */
const NIGHT_WORDS = new Set(['night', 'nite', 'nt', 'ngt', 'nightly']);

function amountOf(digits: string, scale: string | undefined): number {
  // "2.000 €" writes thousands with dots; "15.1k" has a decimal point.
  // "3,5k" is three and a half thousand, written with a decimal comma.
  if (/^\d+,\d{1,2}$/.test(digits)) return amountOf(digits.replace(',', '.'), scale);
  const european = /^\d{1,3}(?:\.\d{3})+$/.test(digits) && scale === undefined;
  const plain = european ? digits.replace(/\./g, '') : digits.replace(/,/g, '');
  const factor =
    scale === undefined
      ? 1
      : /^(?:m|mil|million)$/.test(scale)
        ? 1_000_000
        : // India counts in lakhs (100,000) and crores (10 million): "budget 3 lakh".
          /^(?:lakhs?|lacs?)$/.test(scale)
          ? 100_000
          : /^(?:crores?|cr)$/.test(scale)
            ? 10_000_000
            : 1000;
  return Math.round(Number(plain) * factor * 100) / 100;
}

/** "we each have about $600", "each of us can spend 500": per person, said before the amount. */
const EACH_BEFORE =
  /\b(?:we|they)\s+(?:each|all)\s+(?:have|has|got|can (?:spend|afford|do)|have got|are bringing|budget(?:ed)?)\b[^\d.;!?]{0,20}$|\beach of us\s+(?:has|have|can (?:spend|afford|do)|is bringing|budgets?)\b[^\d.;!?]{0,20}$/;

function perBefore(lower: string, start: number): MoneyMention['per'] {
  return EACH_BEFORE.test(lower.slice(Math.max(0, start - 50), start)) ? 'person' : undefined;
}

function perOf(after: string): MoneyMention['per'] {
  const m = PER.exec(after);
  if (!m) return undefined;
  const unit = m[1] ?? m[2] ?? m[3] ?? m[4];
  if (unit !== undefined && NIGHT_WORDS.has(unit)) return 'night';
  if (unit === 'day') return 'day';
  if (unit === 'couple') return 'couple';
  return 'person';
}

/**
 * Countries whose own money is called dollars (or, in Mexico, written with "$"): there a bare "$"
 * or "dollars" is the home currency. "From Toronto, budget $4000" is Canadian dollars.
 */
const LOCAL_DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

/** A bare "$", "dollars" or "bucks": the dollar of where the trip starts, else the US dollar. */
function dollarOf(written: string, home: string): string | undefined {
  return /^(?:\$|dollars?|bucks)$/.test(written) && LOCAL_DOLLARS.has(home) ? home : undefined;
}

function currencyOfWord(word: string, home = DEFAULT_CURRENCY): string | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  return dollarOf(w, home) ?? SYMBOLS[w] ?? WORDS.find(([re]) => re.test(w))?.[1];
}

/** Amounts in words: "two thousand dollars", "roughly three grand", "fifteen hundred". */
const WORDED_AMOUNT = new RegExp(
  `(?<![\\w$])(?:${SYMBOL}\\s*)?(${NUMBER}|a|an)(\\s+and\\s+a\\s+half)?\\s+(thousand|grand|hundred)\\b(?:\\s+(?:and\\s+)?(?:a\\s+)?(half|${NUMBER})(?:\\s+hundred\\b)?)?(?:\\s*${CURRENCY_WORD}(?!\\w))?`,
  'g',
);
const SYMBOL_AMOUNT = new RegExp(`(?<![\\w$])${SYMBOL}\\s*${AMOUNT}`, 'g');
const AMOUNT_CURRENCY = new RegExp(`(?<![\\w.,])${AMOUNT}\\s*${CURRENCY_WORD}(?!\\w)`, 'g');
/** A number with no currency, unless a unit after it says it counts something else. */
const BARE_AMOUNT = new RegExp(
  `(?<![\\w.,$])${AMOUNT}(?!\\s*(?:-\\s*)?(?:days?|nights?|weeks?|people|persons?|adults?|kids|children|cities|travell?ers|guests|of us|%|am\\b|pm\\b|:))`,
  'g',
);

/**
 * Whether a number is a clause of its own, between commas, semicolons, line breaks or the ends
 * of the request ("4 of us from LA, long weekend in October, 2500"): nothing but a budget is
 * written that way. A number inside a clause ("flight 2500 from …") says nothing about money.
 */
function standsAlone(lower: string, start: number, end: number): boolean {
  return (
    /(?:^|[,;\n]|\s[-\u2013\u2014])\s*$/.test(lower.slice(Math.max(0, start - 3), start)) &&
    /^\s*(?:$|[,;.!\n])/.test(lower.slice(end, end + 3))
  );
}

const DOLLAR_CODE = /^\s*(usd|cad|aud|nzd|sgd|hkd|mxn)\b/;

// "2 ppl 600", "me + wife 600", "2 adults 1 kid 900": texters put the budget straight after the
// party, with nothing between; a number there counts no one (the head count came just before).
/** The last word before a number, with a count before it if any: "2 ppl", "4 of us", "wife". */
const LAST_WORD = /(?:\b(\d{1,2})\s*)?\b((?:of\s+)?[a-z]+)\s*$/;
/** Words a head count is written with ("2 ppl"), and people named alone ("me + wife"). */
const COUNTED_WORD = new RegExp(`^(?:${PARTY_NOUN}|of us)$`);
const PERSON_WORD = new RegExp(`^(?:me|solo|couple|${RELATION})$`);
/** What a number after the party may measure instead of money: "2 adults 300 miles away". */
const DISTANCE_AFTER = /^\s*(?:miles?|mi|km|kms|kilomet(?:er|re)s?|ft|feet|meters?|metres?)\b/;

// The last word is taken first and then looked up whole: one pattern for every party word,
// tried at each position of the text before every number, cost more than the rest of the reader.
function afterParty(lower: string, start: number, end: number): boolean {
  const last = LAST_WORD.exec(lower.slice(Math.max(0, start - 24), start));
  if (last === null) return false;
  const word = last[2]!.replace(/\s+/g, ' ');
  const party = PERSON_WORD.test(word) || (last[1] !== undefined && COUNTED_WORD.test(word));
  return party && !DISTANCE_AFTER.test(lower.slice(end, end + 12));
}

/** "1500 dollars Canadian", "$900 Australian": the dollar named after the amount. */
const DOLLAR_NATION_AFTER: Array<[RegExp, string]> = [
  [/^\s*(?:canadian|cdn)\b/, 'CAD'],
  [/^\s*(?:australian|aussie)\b/, 'AUD'],
  [/^\s*(?:new zealand|nz|kiwi)\b/, 'NZD'],
  [/^\s*singapore\b/, 'SGD'],
  [/^\s*hong kong\b/, 'HKD'],
];

function dollarNamedAfter(after: string, currency: string | undefined): string | undefined {
  if (currency !== 'USD') return currency;
  return DOLLAR_NATION_AFTER.find(([re]) => re.test(after))?.[1] ?? currency;
}

/**
 * "1 500 €", "€2 000": thousands set apart by a space, as French and Nordic writers do, beside a
 * currency. Written with a comma instead (same length, so every span stays where it was).
 */
const SPACED_THOUSANDS =
  /(?<![\d.,])(\d{1,3}) (\d{3})(?![\d.,])(?=\s*(?:\u20ac|\u00a3|\$|eur\b|euros?\b|usd\b|gbp\b|chf\b|dollars\b|pounds\b))|(?<=(?:\u20ac|\u00a3|\$)\s?)(\d{1,3}) (\d{3})(?![\d.,])/g;

function joinSpacedThousands(lower: string): string {
  if (!/\d \d{3}/.test(lower)) return lower;
  return lower.replace(SPACED_THOUSANDS, (_, a, b, c, d) => `${a ?? c},${b ?? d}`);
}

/**
 * "our budget is tight, maybe 600?": a hedged number in the clause right after one naming the
 * budget.
 */
const AFTER_BUDGET_CLAUSE =
  /\bbudget\b[^.;!?\d]{0,25}[,?:]\s*(?:maybe|like|say|probably|prob|perhaps|around|about|roughly|idk)?\s*$/;
/** A price said per person and per day: "/person/day", "pp per day", "a day per person". */
const BOTH_PERS =
  /^\s*(?:(?:per|a|\/)\s*(?:person|head|traveller|traveler)|pp)\s*(?:per|a|\/)\s*day\b|^\s*(?:per|a|\/)\s*day\s*(?:(?:per|a|\/)\s*(?:person|head)|pp)\b/;

/** Every amount of money written with a currency, or after a budget cue. */
export function findMoney(written: string, home: string = DEFAULT_CURRENCY): MoneyMention[] {
  const lower = joinSpacedThousands(written);
  const found: MoneyMention[] = [];
  const push = (
    span: Span,
    digits: string,
    scale: string | undefined,
    currency: string | undefined,
    amount = amountOf(digits, scale),
  ) => {
    if (found.some((f) => f.start < span.end && span.start < f.end)) return;
    const after = lower.slice(span.end, span.end + 24);
    const cued = CUE.test(clauseBefore(lower, span.start, 50)) || CUE_AFTER.test(after);
    const per = perOf(after) ?? perAfterRange(lower, span.end) ?? perBefore(lower, span.start);
    found.push({ ...span, amount, currency: dollarNamedAfter(after, currency), per, cued });
  };
  for (const m of matchAll(lower, WORDED_AMOUNT)) {
    // Not the "5 grand" of "2.5 grand": a decimal is read whole as a number below.
    if (/\d[.,]$/.test(lower.slice(Math.max(0, m.index - 2), m.index))) continue;
    const count = /^an?$/.test(m[2]!) ? 1 : parseNumber(m[2]!);
    if (count === undefined) continue;
    const half = m[3] !== undefined;
    const unit = m[4] === 'hundred' ? 100 : 1000;
    const extra =
      m[5] === 'half'
        ? unit / 2
        : m[5] === undefined
          ? 0
          : (parseNumber(m[5]) ?? 0) * (m[4] === 'hundred' ? 1 : 100);
    const currency =
      m[1] !== undefined
        ? currencyOfWord(m[1], home)
        : m[6] === undefined
          ? undefined
          : currencyOfWord(m[6], home);
    const span = spanOf(m);
    // "budget between 2 and 3 thousand": the lower end shares the scale; the upper end is read.
    const sharedRange = SHARED_RANGE.exec(lower.slice(Math.max(0, span.start - 40), span.start));
    const cued =
      CUE.test(clauseBefore(lower, span.start, 50)) ||
      CUE_AFTER.test(lower.slice(span.end, span.end + 24)) ||
      (sharedRange !== null && CUE.test(sharedRange[1] ?? '')) ||
      afterParty(lower, span.start, span.end);
    // "twelve hundred", "thirty five hundred": said of money, not of people or days.
    const spokenPrice = m[4] === 'hundred' && count >= 10 && !DISTANCE_AFTER.test(lower.slice(span.end));
    if (currency !== undefined || cued || m[4] === 'grand' || spokenPrice)
      push(span, '', undefined, currency, count * unit + extra + (half ? unit / 2 : 0));
  }
  for (const m of matchAll(lower, SYMBOL_AMOUNT)) {
    // "$10k CAD", "$500 AUD": a dollar sign with the code of the dollar it is.
    const code = m[1] === '$' ? DOLLAR_CODE.exec(lower.slice(m.index + m[0].length))?.[1] : undefined;
    push(spanOf(m), m[2]!, m[3], code === undefined ? currencyOfWord(m[1]!, home) : SYMBOLS[code]);
  }
  for (const m of matchAll(lower, AMOUNT_CURRENCY)) {
    // "12 mil pesos": in Spanish "mil" is a thousand, not a million.
    const scale = m[2] === 'mil' && /^(?:(?:mexican\s+)?pesos?|euros?)$/.test(m[3]!) ? 'thousand' : m[2];
    push(spanOf(m), m[1]!, scale, currencyOfWord(m[3]!, home));
  }
  // A bare number counts only after a budget cue and only when it looks like money, not a count.
  for (const m of matchAll(lower, BARE_AMOUNT)) {
    const value = amountOf(m[1]!, m[2]);
    // A count or a day ("3", "15") is no amount: skipped before the cues are looked for.
    if (value < 100 && m[2] === undefined) continue;
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const cued =
      CUE.test(clauseBefore(lower, m.index, 50)) ||
      CUE_AFTER.test(after) ||
      AFTER_BUDGET_CLAUSE.test(lower.slice(Math.max(0, m.index - 50), m.index)) ||
      standsAlone(lower, m.index, m.index + m[0].length) ||
      afterParty(lower, m.index, m.index + m[0].length);
    // "6k" and "3 grand" are money on their own; a plain number needs a word saying so.
    const scaled = m[2] !== undefined && /^(?:k|grand|lakhs?|lacs?|crores?|cr)$/.test(m[2]);
    const year =
      m[2] === undefined &&
      /^20[2-3]\d$/.test(m[1]!) &&
      !/budget|spend/.test(clauseBefore(lower, m.index, 20));
    if ((value >= 100 || m[2] !== undefined) && (cued || scaled) && !year) {
      push(spanOf(m), m[1]!, m[2], undefined);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface BudgetResult {
  readonly budget: { amount: number; currency: string } | null;
  /** "hotels under $200 a night": the most one room or home may cost a night. */
  readonly maxPricePerNight: { amount: number; currency: string } | null;
  readonly warnings: string[];
  readonly notes: string[];
  readonly problems: RequestProblem[];
  /** Every amount of money read (the caller masks them from the rest of the text). */
  readonly spans: MoneyMention[];
  /** The total was hedged ("around $1,500", "2k or so"): a little over it may do. */
  readonly approximate?: boolean;
}

/** Words that hedge an amount written after them: "around $1,500", "about 2k", "~3000". */
const HEDGED_BEFORE =
  /(?:\b(?:around|about|roughly|approximately|approx\.?|circa|somewhere around|in the region of|ballpark(?: of)?|give or take|more or less|something like)|~)\s*$/;
/** ...and after it: "1500ish", "2k or so", "$3,000 give or take", "3000 but flexible". */
const HEDGED_AFTER =
  /^\s*(?:-?ish\b|or so\b|give or take\b|more or less\b|\(?(?:roughly|approx(?:imately)?)\)?|(?:,|but|-|\()?\s*(?:is\s+|it's\s+|somewhat\s+|a bit\s+)?flexible\b)/;

/** A budget named with a number near it: "budget between 2 and 3 thousand". */
const BUDGET_WORDED = /\b(?:budget|spend|afford)\b[^.;!?]{0,30}(?:\d|\b(?:thousand|hundred|grand)\b)/;

/** "no budget", "money is no object": no limit, said on purpose. */
const NO_LIMIT =
  /\b(?:no budget|no (?:spending )?limit|money is no object|budget is no object|unlimited budget|budget: ?none|price doesn'?t matter|cost is no (?:object|issue))\b/;
/**
 * A stated budget of nothing or less: "$0", "budget of -500", "zero dollars". A minus sign sits
 * against its number: "budget is tight - 600 max" is a dash.
 */
const NOT_POSITIVE =
  /(?:\b(?:budget|spend|afford)\b[^\d\n]{0,20}(?:-(?:\$\s*)?\d|\$?\s*0(?![\d.,])|zero\b)|(?:^|\s)-\$\s*\d|\$\s*-\s*\d|(?<![\w.,])(?:\$\s*0|0\s*(?:dollars|usd|euros?))(?![\d.,]))/;

/** The upper end of a range that starts at an amount: "$3,000-4,000", "$3,000 to $4,000". */
const RANGE_END = new RegExp(`^\\s*(?:-|to|and|or)\\s*${SYMBOL}?\\s*${AMOUNT}`);

/** What the range starting at `end` is per, said after its upper end: "$150-200 a night". */
function perAfterRange(lower: string, end: number): MoneyMention['per'] {
  const upper = RANGE_END.exec(lower.slice(end));
  if (upper === null) return undefined;
  const after = end + upper[0].length;
  return perOf(lower.slice(after, after + 24));
}

/** The upper end of the range starting at `mention`, if one does: its amount and currency. */
function rangeEnd(
  lower: string,
  mention: MoneyMention,
  home: string,
): { amount: number; currency: string | undefined } | null {
  const upper = RANGE_END.exec(lower.slice(mention.end));
  if (upper === null) return null;
  const currency = (upper[1] === undefined ? undefined : currencyOfWord(upper[1], home)) ?? mention.currency;
  return { amount: amountOf(upper[2]!, upper[3]), currency };
}

/**
 * The trip's total budget: the amount after a budget cue, else the first amount that is not a
 * nightly price. A range ("$3,000-4,000") gives its upper end; "per person" and "per day" amounts
 * are multiplied out when the travellers or days are known.
 */
export function extractBudget(
  lower: string,
  travellers: number,
  days: number | null,
  home: string = DEFAULT_CURRENCY,
): BudgetResult {
  const total = totalBudget(lower, travellers, days, home);
  const nightly = nightlyCap(lower, total.spans, total.budget?.currency ?? home, home);
  if (nightly === null) return { ...total, maxPricePerNight: null };
  const notes = [...total.notes, nightly.note];
  // Only a nightly price: said plainly that it capped the stays and that no total was set.
  const warnings = total.warnings.map((w) => (w === NIGHTLY_ONLY ? NIGHTLY_CAP_ONLY : w));
  return { ...total, notes, warnings, maxPricePerNight: nightly.cap };
}

const NIGHTLY_ONLY = 'Only a nightly price was given; it was not taken as the trip budget.';
const NIGHTLY_CAP_ONLY =
  'Only a nightly price was given: it caps what a room or home may cost a night, and no total budget was set.';

/**
 * The first amount written per night ("hotels under $200 a night", "$150/night max", "€250 per
 * night"): a cap on one room's or home's price a night, whatever word came before it (people
 * write "around $200 a night" and mean the most they will pay). Its currency is its own, else the
 * budget's, else the first one written anywhere, else US dollars.
 */
function nightlyCap(
  lower: string,
  mentions: readonly MoneyMention[],
  budgetCurrency: string | undefined,
  home: string,
): { cap: { amount: number; currency: string }; note: string } | null {
  const first = mentions.find((m) => m.per === 'night');
  // "$150-200 a night": the most they will pay is the range's upper end.
  const night = first && (rangeEnd(lower, first, home) ?? first);
  if (night === undefined || !(night.amount > 0) || !Number.isFinite(night.amount)) return null;
  const currency =
    night.currency ?? budgetCurrency ?? mentions.find((m) => m.currency !== undefined)?.currency ?? 'USD';
  const cap = { amount: Math.round(night.amount * 100) / 100, currency };
  return {
    cap,
    note: `Read a nightly price as a cap: no room or home over ${cap.amount} ${currency} a night.`,
  };
}

/** The trip's total budget (see extractBudget), with every amount of money found. */
function totalBudget(
  lower: string,
  travellers: number,
  days: number | null,
  home: string,
): Omit<BudgetResult, 'maxPricePerNight'> {
  const warnings: string[] = [];
  const notes: string[] = [];
  const problems: RequestProblem[] = [];
  if (NOT_POSITIVE.test(lower)) {
    problems.push({
      field: 'budget',
      message: 'The budget stated is not a positive amount; how much can the trip cost in total?',
    });
    return { budget: null, warnings, notes, problems, spans: findMoney(lower, home) };
  }
  if (NO_LIMIT.test(lower)) {
    notes.push('No budget limit was set, as asked.');
    return { budget: null, warnings, notes, problems, spans: findMoney(lower, home) };
  }
  const money = findMoney(lower, home);
  const spans = [...money];
  const totals = money.filter((m) => m.per !== 'night');
  if (totals.length < money.length && totals.length === 0) {
    warnings.push(NIGHTLY_ONLY);
  }
  const first = totals.find((m) => m.cued) ?? totals[0];
  if (first === undefined) {
    if (BUDGET_WORDED.test(lower) && !/\bbudget\s*(?::|is|of)?\s*(?:flexible|open|tbd|n\/a)\b/.test(lower))
      warnings.push(
        'A budget seems to be mentioned but its amount could not be read; please state it as a total.',
      );
    return { budget: null, warnings, notes, problems, spans };
  }
  let chosen: MoneyMention = first;
  const upper = RANGE_END.exec(lower.slice(first.end));
  const top = rangeEnd(lower, first, home);
  if (upper && top) {
    warnings.push('The budget was given as a range; using its upper end.');
    const end = first.end + upper[0].length;
    chosen = { ...first, end, ...top, per: perOf(lower.slice(end, end + 24)) };
    spans.push(chosen);
  } else if (totals.some((m) => m !== first && m.cued && m.amount !== first.amount)) {
    warnings.push('Several budgets are mentioned; using the first.');
  }
  let amount = chosen.amount;
  // "$250/person/day", "$100 a day per person": both, in either order.
  const both =
    (chosen.per === 'person' || chosen.per === 'day') &&
    BOTH_PERS.test(lower.slice(chosen.end, chosen.end + 30));
  const perPerson = chosen.per === 'person' || both;
  const perDay = chosen.per === 'day' || both;
  if (perPerson && travellers > 1) {
    amount *= travellers;
    warnings.push(`The budget was given per person; the total for ${travellers} travellers is used.`);
  }
  // "two couples, $1,000 per couple": a pair of travellers each.
  const perCouple = chosen.per === 'couple' && travellers >= 2;
  if (perCouple) {
    amount *= travellers / 2;
    warnings.push(`The budget was given per couple; the total for ${travellers} travellers is used.`);
  }
  if (perDay && days !== null) {
    amount *= days;
    warnings.push(`The budget was given per day; the total for ${days} days is used.`);
  } else if (perDay) {
    warnings.push('The budget was given per day but the trip length is unknown; it was taken as the total.');
  }
  // "€250 a night for the hotel, 1500 total": the currency said once holds for the total too.
  const currency = chosen.currency ?? money.find((m) => m.currency !== undefined)?.currency;
  // "from Brisbane, 2k each": an amount without a currency is in the money of where the trip starts.
  if (currency === undefined)
    warnings.push(
      home === DEFAULT_CURRENCY
        ? 'The budget names no currency; assuming US dollars.'
        : `The budget names no currency; assuming ${home}, the currency where the trip starts.`,
    );
  if (!(amount > 0) || !Number.isFinite(amount)) {
    problems.push({
      field: 'budget',
      message: 'The budget stated is not a positive amount; how much can the trip cost in total?',
    });
    return { budget: null, warnings, notes, problems, spans };
  }
  const budget = { amount: Math.round(amount * 100) / 100, currency: currency ?? home };
  const written = lower.slice(chosen.start, chosen.end).trim();
  const basis =
    (perPerson && travellers > 1 ? ` per person \u00d7 ${travellers} travellers` : '') +
    (perCouple ? ` per couple \u00d7 ${travellers / 2} couples` : '') +
    (perDay && days !== null ? ` a day \u00d7 ${days} days` : '');
  notes.push(`Read '${written}'${basis} as a total budget of ${budget.amount} ${budget.currency}.`);
  if (budget.currency === home && dollarOf(written.replace(/[\d.,\s]|k$/g, ''), home) !== undefined)
    notes.push(`Took the dollars as ${home}, the money where the trip starts; say "USD" for US dollars.`);
  const approximate =
    HEDGED_BEFORE.test(lower.slice(Math.max(0, chosen.start - 25), chosen.start)) ||
    HEDGED_AFTER.test(lower.slice(chosen.end, chosen.end + 30));
  if (!approximate) return { budget, warnings, notes, problems, spans };
  notes.push(
    `Took the budget as approximate: when nothing fits within ${budget.amount} ${budget.currency}, the cheapest plan may run up to a tenth over, and says so.`,
  );
  return { budget, warnings, notes, problems, spans, approximate };
}
