import type { TransportMode } from '../../../tools/domain/common.schema.js';

/**
 * A refusal: "don't", "prefer not to", "can't", "won't be", "rather not" … followed by a few
 * filler words ("want to", "plan to", "really", "be") before the mode's verb. Only refusals
 * count: "we will drive" and "we don't mind flying" exclude nothing.
 */
const REFUSE =
  "(?:do not|don't|dont|does not|doesn't|did not|will not|won't|would not|wouldn't|can not|cannot|can't|could not|couldn't|should not|shouldn't|must not|are not|aren't|am not|i'm not|we're not|prefer not to|rather not|never|not|refuse to|unable to)";
const FILLER =
  '(?:\\s+(?:really|want|wish|like|plan|intend|going|gonna|wanna|able|allowed|need|have|be|to|ourselves|myself|at|all|much|a|fan|fond|of|keen|on|comfortable|with|any|use|take|taking|book|booking|include|including|consider|considering|do|doing))*';
/** A refusal covers each item of an "or" list: "without flying or driving", "don't fly or drive". */
const EITHER = "(?:[\\w'-]+\\s+(?:or|nor)\\s+)?";
/** Words that refuse the noun right after them: "no flights", "without a car", "avoid taxis". */
const WITHOUT = '(?:no|without|avoid|avoiding|skip|skipping|exclude|excluding)';
/** Fear or dislike, which for flying means the same as a refusal. */
const DREAD = '(?:hate|hates|afraid of|fear of|scared of|terrified of|nervous about|phobia of)';
const ARTICLE = '(?:a\\s+|any\\s+|the\\s+)?';

interface ModeCues {
  readonly mode: TransportMode;
  /** What a refusal verb applies to ("fly", "take flights", "have a car"). */
  readonly verbs: string;
  /** What "no"/"without" applies to. */
  readonly nouns: string;
  /** Whole phrases that refuse the mode on their own. */
  readonly phrases: RegExp;
}

const MODES: readonly ModeCues[] = [
  {
    mode: 'flight',
    verbs: '(?:fly|flying|flights?|planes?|airplanes?|aeroplanes?|air travel|airlines?|by air|by plane)',
    nouns: '(?:fly|flying|flights?|planes?|airplanes?|air travel|airports?)',
    phrases:
      /\bflight[- ]free\b|\b(?:flights?|flying|planes?) (?:are|is) (?:not an option|out of the question|out|off the table)\b/,
  },
  {
    mode: 'self-driving',
    verbs:
      "(?:drive|driving|self-drive|self-driving|rent(?:ing)? a car|have (?:a|any) cars?|own (?:a|any) cars?|have (?:a|any) (?:driver'?s )?licen[cs]e|be self-driving)",
    nouns: '(?:self[- ]?driving|self[- ]drive|driving|cars?|rental cars?|car rentals?)',
    phrases:
      /\bno (?:driver'?s )?licen[cs]e\b|\b(?:driving|self[- ]driving) (?:is|isn't|is not) (?:not an option|out of the question|out|off the table)\b/,
  },
  {
    mode: 'taxi',
    verbs: '(?:taxis?|cabs?|ubers?|lyfts?|ride[- ]?shares?|ride[- ]?hailing)',
    nouns: '(?:taxis?|cabs?|ubers?|lyfts?|ride[- ]?shares?|ride[- ]?hailing)',
    phrases: /\btaxi[- ]free\b/,
  },
];

function refuses(lower: string, cues: ModeCues): boolean {
  const negators = cues.mode === 'flight' ? `(?:${WITHOUT}|${DREAD})` : WITHOUT;
  return (
    cues.phrases.test(lower) ||
    new RegExp(`\\b${negators}\\s+${EITHER}${ARTICLE}${cues.nouns}\\b`).test(lower) ||
    new RegExp(`\\b${REFUSE}${FILLER}\\s+${EITHER}${cues.verbs}\\b`).test(lower)
  );
}

/** Modes the travellers refuse: "no flights", "can't drive", "don't have a car", "no taxis". */
export function extractExcludedModes(lower: string): TransportMode[] {
  return MODES.filter((cues) => refuses(lower, cues)).map((cues) => cues.mode);
}
