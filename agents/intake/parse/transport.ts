import type { TransportMode } from '../../../tools/domain/common.schema.js';

/**
 * A refusal: "don't", "prefer not to", "can't", "won't be", "rather not" … followed by a few
 * filler words ("want to", "plan to", "really", "be") before the mode's verb. Only refusals
 * count: "we will drive" and "we don't mind flying" exclude nothing.
 */
const REFUSE =
  "(?:do not|don't|dont|does not|doesn't|did not|will not|won't|would not|wouldn't|can not|cannot|can't|could not|couldn't|should not|shouldn't|must not|are not|aren't|am not|i'm not|we're not|prefer not to|rather not|never|not|refuse to|unable to)";
const FILLER =
  '(?:\\s+(?:really|want|wish|like|plan|intend|going|gonna|wanna|able|allowed|need|have|be|to|ourselves|myself|at|all|much|a|fan|fond|of|keen|on|comfortable|with|any|use|take|taking|book|booking|include|including|consider|considering|do|doing|planning|intending|hoping|looking|expecting|willing|interested|in|for|go|opt|opting|choose|choosing|rely|relying|travel|traveling|travelling|get|getting|themselves|involve|involves|involving|require|requires|requiring|contain|contains|containing|make|making|feature|featuring))*';
/** A refusal covers each item of an "or" list: "without flying or driving", "don't fly or drive". */
const EITHER = "(?:[\\w'-]+\\s+(?:or|nor)\\s+)?";
/** Words that refuse the noun right after them: "no flights", "without a car", "avoid taxis". */
const WITHOUT =
  '(?:no|without|avoid|avoiding|skip|skipping|exclude|excluding|rather than|instead of|(?:stay|staying|steer|steering) (?:away|clear) (?:from|of))(?:\\s+(?:taking|using|booking|catching|boarding|doing|any|a|the|travel(?:l?ing)? by|going by|by|renting|hiring|the use of|use of))*';
/** Fear or dislike, which for flying means the same as a refusal. */
const DREAD = '(?:hate|hates|afraid of|fear of|scared of|terrified of|nervous about|phobia of)';
const ARTICLE = '(?:a\\s+|any\\s+|the\\s+)?';
/**
 * What makes "no flights …" a limit on some of them, not a refusal of all: "no flights before
 * 8am", "no flights landing after 10pm", "no flights with layovers".
 */
const LIMITED =
  '\\s+(?:before|after|earlier than|later than|until|past|leaving|departing|arriving|landing|longer than|over \\d|more than|with (?:layovers?|connections?|stops?|stopovers?)|at night|overnight|on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?))';
/** What rules a mode out when said of it: "… is out of the question", "… isn't an option". */
const RULED_OUT =
  "(?:(?:is|are|would be|will be|should be|must be|has to be|have to be)\\s+(?:out of the question|off the table|out|avoided|excluded|ruled out|prohibited|forbidden|not (?:an option|possible|allowed|preferred|desired|wanted|needed|necessary|required|included)|a no-go|unnecessary)|(?:isn't|aren't|is not|are not|won't be|will not be|shouldn't be|should not be|must not be|mustn't be)\\s+(?:an option|possible|allowed|preferred|desired|wanted|needed|necessary|required|included|used|considered|part of))";

interface ModeCues {
  readonly mode: TransportMode;
  /** What a refusal verb applies to ("fly", "take flights", "have a car"). */
  readonly verbs: string;
  /** What "no"/"without" applies to. */
  readonly nouns: string;
  /** Whole phrases that refuse the mode on their own. */
  readonly phrases: RegExp;
  /** What may be the subject of a ruling-out ("flights are out", "driving isn't an option"). */
  readonly subjects: string;
}

const MODES: readonly ModeCues[] = [
  {
    mode: 'flight',
    verbs: '(?:fly|flying|flights?|planes?|airplanes?|aeroplanes?|air travel|airlines?|by air|by plane)',
    nouns: '(?:fly|flying|flights?|planes?|airplanes?|air travel|airports?)',
    phrases:
      /\bflight[- ]free\b|\bnon[- ]?(?:flight|flying|air)\b|\b(?:only|exclusively|strictly) (?:by )?(?:ground|land|road) (?:transport(?:ation)?|travel)\b|\b(?:ground|land|road) (?:transport(?:ation)?|travel) only\b/,
    subjects: '(?:flights?|flying|air travel|planes?|airplanes?|air)',
  },
  {
    mode: 'self-driving',
    verbs:
      "(?:drive|driving|self-drive|self-driving|rent(?:ing)? a car|have (?:a|any) cars?|own (?:a|any) cars?|have (?:a|any) (?:driver'?s )?licen[cs]e|be self-driving)",
    nouns: '(?:self[- ]?driving|self[- ]drive|driving|drive|cars?|rental cars?|car rentals?)',
    phrases: /\bno (?:driver'?s )?licen[cs]e\b|\bnon[- ]?self[- ]?driv(?:ing|e)\b/,
    subjects: '(?:driving|self[- ]driv(?:ing|e)|(?:a |rental )?cars?|car rentals?|renting a car)',
  },
  {
    mode: 'taxi',
    verbs: '(?:taxis?|cabs?|ubers?|lyfts?|ride[- ]?shares?|ride[- ]?hailing)',
    nouns: '(?:taxis?|cabs?|ubers?|lyfts?|ride[- ]?shares?|ride[- ]?hailing)',
    phrases: /\btaxi[- ]free\b/,
    subjects: '(?:taxis?|cabs?|ubers?|ride[- ]?shares?)',
  },
  {
    mode: 'rail',
    verbs: '(?:trains?|rail|railways?)',
    nouns: '(?:trains?|rail|railways?)',
    phrases: /\bno rail travel\b/,
    subjects: '(?:trains?|rail(?: travel)?)',
  },
];

/** Each mode's refusal patterns, compiled once (not global: .test() keeps no state). */
const REFUSALS = MODES.map((cues) => {
  const negators = cues.mode === 'flight' ? `(?:${WITHOUT}|${DREAD})` : WITHOUT;
  return {
    mode: cues.mode,
    patterns: [
      cues.phrases,
      new RegExp(`\\b${cues.subjects}\\s+${RULED_OUT}`),
      new RegExp(`\\b${negators}\\s+${EITHER}${ARTICLE}${cues.nouns}\\b(?!${LIMITED})`),
      // "we'd rather not fly before 9am" limits the flights, as "no flights before 9am" does.
      new RegExp(`\\b${REFUSE}${FILLER}\\s+${EITHER}${cues.verbs}\\b(?!${LIMITED})`),
    ],
  };
});

/** Modes the travellers refuse: "no flights", "can't drive", "don't have a car", "no taxis". */
export function extractExcludedModes(lower: string): TransportMode[] {
  return REFUSALS.filter((r) => r.patterns.some((p) => p.test(lower))).map((r) => r.mode);
}
