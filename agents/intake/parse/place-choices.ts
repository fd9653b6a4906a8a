import type { GazetteerIndex } from './gazetteer.js';
import { findPlaceMentions, type PlaceMention } from './place-mentions.js';
import { maskSpans, type RequestText, type Span } from './text.js';

/**
 * Words that settle a choice the writer left open: "Seattle or Portland, leaning Portland",
 * "Boston, hmm, or NYC? let's do NYC", "Denver or Austin... going with Austin".
 */
const DECIDED =
  /\b(?:leaning(?:\s+(?:towards?|to))?|let'?s (?:do|go with|go for|say|pick)|going with|go with|decided on|settled on|picking|prefer(?:ably)?|probably|prob)\s*$/;
/** Settling words looked for as plain substrings first: far cheaper than a pattern per request. */
const SETTLING_WORDS = [
  'leaning',
  "let's",
  'lets ',
  'going with',
  'go with',
  'decided',
  'settled',
  'picking',
  'prefer',
  'prob',
];
/** Two places offered as alternatives: "Seattle or Portland", "Boston, hmm, or NYC?". */
const OR_GAP = /^[\s,;.!?()-]*(?:(?:hmm+|um+|uh+|idk)[\s,;.!?]*)?(?:or|or maybe|maybe)\s*$/;

const nameOf = (m: PlaceMention) => m.city?.name ?? m.region;

export interface SettledChoices {
  readonly text: RequestText;
  readonly notes: string[];
}

/**
 * Blanks the alternatives of a choice the writer settles later in the request, and the first
 * naming of the place chosen, so the readers after this one meet the choice alone.
 */
export function withoutSettledChoices(text: RequestText, index: GazetteerIndex): SettledChoices {
  // A choice needs an "or" and a settling word; most requests have neither.
  if (!text.lower.includes('or') || !SETTLING_WORDS.some((w) => text.lower.includes(w)))
    return { text, notes: [] };
  const mentions = findPlaceMentions(text, index);
  const spans: Span[] = [];
  const notes: string[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    if (!OR_GAP.test(text.lower.slice(a.end, b.start))) continue;
    const chosen = mentions
      .slice(i + 2)
      .find(
        (c, k) =>
          (nameOf(c) === nameOf(a) || nameOf(c) === nameOf(b)) &&
          DECIDED.test(text.lower.slice((mentions[i + 1 + k] ?? b).end, c.start)),
      );
    if (chosen === undefined) continue;
    spans.push(a, b);
    notes.push(
      `Read '${text.cased.slice(chosen.start, chosen.end)}' as the choice between ${nameOf(a)} and ${nameOf(b)}.`,
    );
    i += 1;
  }
  return spans.length === 0 ? { text, notes } : { text: maskSpans(text, spans), notes };
}
