/** A request's text in the two forms every extractor reads; both have the same length. */
export interface RequestText {
  /** Normalised, original case (capitals tell proper nouns and abbreviations apart). */
  readonly cased: string;
  /** `cased` lower-cased: what the patterns match against. */
  readonly lower: string;
}

/** A half-open character range [start, end) of the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Folds the typographic variety of typed text into one form so the patterns stay simple:
 * accents ("Zürich" → "Zurich"), dashes, curly quotes, emoji arrows and runs of whitespace.
 */
export function toRequestText(text: string): RequestText {
  const cased = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    // Arrows typed from emoji keyboards ("Boston ➡️ Miami") are the plain arrow.
    .replace(/[\u21d2\u2794\u2799\u279b-\u279e\u27a1\u27a4\u27f6]\ufe0f?/g, '\u2192')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = cased.toLowerCase();
  // A few exotic letters change length when lower-cased; then the lower form serves as both.
  return lower.length === cased.length ? { cased, lower } : { cased: lower, lower };
}

/**
 * Blanks the given spans out (same length, so offsets stay valid), so that what one extractor
 * understood — a city called "Myrtle Beach", the "5" of a date — is not read again by another.
 */
export function maskSpans(text: RequestText, spans: readonly Span[]): RequestText {
  if (spans.length === 0) return text;
  const blank = (s: string) => {
    let out = s;
    for (const { start, end } of spans) {
      out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
    }
    return out;
  };
  return { cased: blank(text.cased), lower: blank(text.lower) };
}

// Global twins of the non-global patterns passed to matchAll, compiled once each.
const globalTwins = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let twin = globalTwins.get(pattern);
  if (twin === undefined) {
    twin = new RegExp(pattern.source, `${pattern.flags}g`);
    globalTwins.set(pattern, twin);
  }
  return twin;
}

/**
 * All matches of a regex, with their offsets. An exec loop on the (shared) global pattern rather
 * than String.matchAll, which clones the pattern on every call; lastIndex is reset before and
 * after, and nothing runs between the execs, so sharing one pattern object is safe.
 */
export function matchAll(text: string, pattern: RegExp): RegExpExecArray[] {
  const global = globalOf(pattern);
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    found.push(m);
    // An empty match would repeat forever; step past it (a whole code point under /u), as
    // String.matchAll does.
    if (m[0] === '') global.lastIndex = nextIndex(text, global.lastIndex, global.unicode);
  }
  global.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

/** The span a match covers. */
export function spanOf(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}

/** The text of the clause that ends at `index`: negation and cues do not reach across these. */
export function clauseBefore(lower: string, index: number, maxChars = 60): string {
  const window = lower.slice(Math.max(0, index - maxChars), index);
  const parts = window.split(/[.;:!?()]|,\s|\s[-\u2013\u2014]\s|\s(?:and|but|so|while|although|though)\s/);
  return parts[parts.length - 1] ?? '';
}

/** The text of the clause that starts at `index`. */
export function clauseAfter(lower: string, index: number, maxChars = 60): string {
  const window = lower.slice(index, index + maxChars);
  return window.split(/[.;:!?()]|,\s|\s[-\u2013\u2014]\s|\s(?:and|but|so|while|although|though)\s/)[0] ?? '';
}

/** Removes duplicates, keeping the first occurrence's order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
