import { NUMBER } from './numbers.js';
import { ADULTS, CHILDREN, RELATION, RELATIONS, WHOLE } from './party-words.js';

/**
 * A remark in brackets about people already counted: "my parents (both 70+) and me", "Me
 * (wheelchair user) and my carer", "our twins (age 3)". It names nobody new, but it stands
 * between a companion and the "and" that joins the next one, so the joins are not seen.
 */
const BRACKETED = /\(([^()]{1,40})\)/g;
/** "(both 70+)", "(both seniors)", "(age 3)", "(aged 70)": said of people counted outside. */
const DESCRIBES = /^\s*(?:both\b[^()]*|aged?\s+\d{1,3}\s*\+?\s*(?:yrs?|years?(?:\s+old)?)?)\s*$/;
/** Words that make a bracket a count or a list of people: "(4 each)", "(mom and dad)", "(twins)". */
const COUNTS = new RegExp(`\\d|\\b(?:${NUMBER}|${WHOLE}|${ADULTS}|${CHILDREN}|${RELATION}|${RELATIONS})\\b`);

/** The text with each bracketed remark about people already counted blanked to spaces. */
export function withoutAsides(lower: string): string {
  if (!lower.includes('(')) return lower;
  return lower.replace(BRACKETED, (whole, inner: string) =>
    DESCRIBES.test(inner) || !COUNTS.test(inner) ? ' '.repeat(whole.length) : whole,
  );
}
