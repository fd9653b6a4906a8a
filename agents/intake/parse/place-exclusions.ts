import { foldToken, type GazetteerIndex } from './gazetteer.js';
import { findPlaceMentions } from './place-mentions.js';
import { maskSpans, matchAll, type RequestText, type Span } from './text.js';

/**
 * Words that rule the place right after them out: "Paris, Rome, no Venice", "Italy but skip
 * Venice", "(not LA)", "except Milan", "not even Boston", "anywhere but Vegas". A bare "no" counts only right before
 * the place; "no," and "no wait" are take-backs, read by the corrections first.
 */
const REFUSAL =
  /\b(?:no|not|skip(?:ping)?|except|excluding|minus|without|avoid(?:ing)?|(?:anywhere|anything|anyplace|somewhere|any city) but|other than|rather than)\s+(?:(?:even|the|again)\s+)?(?=([a-z]+))/g;
/**
 * Words after the place that make the refusal about something else: "no Paris flights" refuses
 * flights, "avoid LA traffic" the traffic.
 */
const NOT_A_PLACE_REFUSAL = /^\s*(?:flights?|trains?|hotels?|airports?|traffic|drivers?|-)/;
/** How far after a refusal word a place name may reach ("not Rio de Janeiro"). */
const NAME_REACH = 40;

export interface PlaceExclusions {
  /** The text with each refused place and its refusal word blanked. */
  readonly text: RequestText;
  /** The names ruled out, as written, for the note. */
  readonly excluded: string[];
}

/**
 * Blanks the places the writer rules out, with the word that refuses them, so the route and the
 * destination are read from the places wanted only. Only the few words after each refusal are
 * searched for a place, not the whole request again.
 */
export function withoutExcludedPlaces(text: RequestText, index: GazetteerIndex): PlaceExclusions {
  const spans: Span[] = [];
  const excluded: string[] = [];
  // A writer who capitalises names means no place by a lower-case word ("no nice weather").
  const capitalises = /[A-Z]/.test(text.cased);
  for (const refusal of matchAll(text.lower, REFUSAL)) {
    // Most refusals refuse no place ("no flights", "not too packed"): a word that opens no
    // gazetteer name is passed over before any search.
    if (!index.byFirstToken.has(foldToken(refusal[1] ?? ''))) continue;
    const at = refusal.index + refusal[0].length;
    const window = {
      cased: text.cased.slice(at, at + NAME_REACH),
      lower: text.lower.slice(at, at + NAME_REACH),
    };
    const place = findPlaceMentions(window, index).find((m) => m.start === 0);
    if (place === undefined) continue;
    const surface = window.cased.slice(0, place.end);
    if (capitalises && !/^[A-Z]/.test(surface)) continue;
    if (NOT_A_PLACE_REFUSAL.test(text.lower.slice(at + place.end))) continue;
    spans.push({ start: refusal.index, end: at + place.end });
    excluded.push(surface);
  }
  return spans.length === 0 ? { text, excluded } : { text: maskSpans(text, spans), excluded };
}
