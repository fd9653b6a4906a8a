import type { RequestProblem } from '../../../tools/domain/trip-spec.schema.js';
import { matchAll, type RequestText, type Span } from './text.js';

/**
 * Events people time a trip by ("Austin for SXSW", "for the Boston Marathon", "Munich for
 * Oktoberfest"): their dates move every year and no table here holds them, so a trip timed only
 * by one is asked about by name instead of left to a bare "when?".
 */
export interface EventMention {
  /** As written, for the question: "SXSW", "the Boston Marathon". */
  readonly name: string;
  readonly span: Span;
  /** True when the name holds a month ("Oktoberfest"), which the date readers must not see. */
  readonly hidesMonth: boolean;
}

/** Events known by a name alone, with no event noun to show what they are. */
const NAMED =
  "sxsw|south by(?: south)?west|comic[- ]?con|coachella|lollapalooza|bonnaroo|burning man|oktoberfest|octoberfest|art basel|sundance|kentucky derby|(?:indy|indianapolis) ?500|super ?bowl|world series|wimbledon|(?:us|french|australian) open|fleet week|cherry blossoms?(?: season| festival)?|calgary stampede|stampede|ces|pride|carnival|carnaval|glastonbury|eurovision|tomorrowland|f1|formula (?:1|one)|grand prix|fringe|hogmanay parade|a concert|a wedding|(?:a|the|my|our|his|her)\\s+(?:friend's\\s+|cousin's\\s+|sister's\\s+|brother's\\s+)?(?:wedding|graduation|reunion|conference|convention|tournament|game|concert|show)";
/** Nouns that make the words before them an event: "Jazz Fest", "the Chicago marathon". */
const EVENT_NOUN =
  'marathon|half[- ]marathon|festival|fest|conference|convention|expo|grand prix|championships?|tournament|regatta|rodeo|parade|derby|fashion week|film festival|book fair|world cup|bowl|games|olympics|summit|gala|fair';
/** Up to three words naming it ("New Orleans Jazz", "the Boston"), none of them a filler. */
const NAME_WORDS =
  "(?:(?!(?:a|an|one|two|few|this|next|that|some|for|the|week|weekend|day|days|night|nights)\\b)[a-z0-9'&.-]+\\s+){0,3}";
const CUE =
  '(?:for|during|at|attend(?:ing)?|to see|see|catch(?:ing)?|watch(?:ing)?|run(?:ning)?|racing|doing|around)';

const EVENT = new RegExp(
  `\\b${CUE}\\s+((?:the\\s+)?(?:(?:${NAMED})\\b|${NAME_WORDS}(?:${EVENT_NOUN})\\b))`,
  'g',
);
const MONTHS_INSIDE = /okto|octo/;

export function findEvents(text: RequestText): EventMention[] {
  return matchAll(text.lower, EVENT).map((m) => {
    const written = m[1] ?? '';
    const start = m.index + m[0].length - written.length;
    return {
      name: text.cased.slice(start, start + written.length),
      span: { start, end: start + written.length },
      hidesMonth: MONTHS_INSIDE.test(written),
    };
  });
}

/** The question asked when an event is the only timing given. */
export function eventDateProblem(event: EventMention): RequestProblem {
  return {
    field: 'startDate',
    message: `When is ${event.name}? The trip is timed by it, but its dates are not known here.`,
  };
}

export const eventDateWarning = (event: EventMention) =>
  `The trip is timed by ${event.name}, whose dates are not known here; asking when it is.`;
