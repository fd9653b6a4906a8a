import { TAKE_BACK } from './corrections.js';
import { NUMBER } from './numbers.js';
import { ADULTS, AGE, CHILDREN, RELATIONS, WHOLE } from './party-words.js';

/** "me and like 5 friends", "about 8 of us": a hedge before a head count changes nothing. */
const HEDGE = new RegExp(
  `\\b(?:like|about|around|roughly|approximately|approx\\.?|maybe|~)\\s*(?=${NUMBER}\\s+(?:of us|${WHOLE}|${RELATIONS}|${ADULTS}|${CHILDREN})\\b)`,
  'g',
);
/** "two adults, oops three": the count taken back gives way to the one after it, of the same people. */
const PARTY_NOUN = `${AGE}(?:${ADULTS}|${WHOLE}|${CHILDREN}|${RELATIONS})`;
const RECOUNTED = new RegExp(
  `\\b(${NUMBER})\\s+(${PARTY_NOUN})\\b[\\s,;.!?:()-]*(?:${TAKE_BACK}\\b[\\s,;.!?:()-]*)+(${NUMBER})\\b(?:\\s+(${PARTY_NOUN})\\b)?`,
  'g',
);

/** Hedges and take-backs read away; their patterns run only when one of their words is there. */
export function recounted(lower: string): string {
  const hedged = HEDGE_WORD.test(lower) ? lower.replace(HEDGE, '') : lower;
  if (!MAY_RECOUNT.test(hedged)) return hedged;
  return hedged.replace(
    RECOUNTED,
    (_, _gone: string, noun: string, by: string, byNoun?: string) => `${by} ${byNoun ?? noun}`,
  );
}
const HEDGE_WORD = /\b(?:like|about|around|roughly|approx|maybe)|~/;
const MAY_RECOUNT =
  /\b(?:actually|wait|nope|sorry|oops|scratch|make (?:it|that)|i meant?|rather|correction|change|say|er|erm|um|no)\b/;
