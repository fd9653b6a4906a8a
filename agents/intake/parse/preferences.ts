import type { TripPreferences } from '../../../tools/domain/trip-spec.schema.js';
import { isNegatedBefore } from './negation.js';
import { matchAll } from './text.js';

export interface PreferencesResult {
  readonly preferences: TripPreferences;
  readonly warnings: string[];
}

const RELAXED =
  /\b(?:relax(?:ed|ing)?|laid[- ]back|leisurely|slow[- ]paced|slow pace|easy[- ]?going|unhurried|take it easy|low[- ]key|restful|chill|(?:not|nothing) too (?:busy|packed|rushed|hectic)|(?:easy|gentle|slow|slower|quiet|calm|steady)\s+pace|quiet(?:er)?\s+(?:trip|getaway|holiday|vacation|time)|take (?:it|things) slow|no rush(?:ing)?|not rushed|unrushed|slow travel|(?:lots|plenty) of downtime)\b/g;
const PACKED =
  /\b(?:(?:action|jam)[- ]packed|packed|busy|fast[- ]paced|whirlwind|see as much as (?:possible|we can)|full schedule|intense)\b/g;

/** Interests in a fixed order, each with the words that show it. */
const INTERESTS: ReadonlyArray<[string, RegExp]> = [
  ['museums', /\bmuseums?\b/g],
  ['hiking', /\b(?:hik(?:e|es|ing)|trails?|trek(?:king)?)\b/g],
  ['beaches', /\b(?:beach(?:es)?|seaside|coast(?:al|line)?|surf(?:ing)?)\b/g],
  // "halal food please" states a diet, not an interest in food.
  [
    'food',
    /(?<!\b(?:halal|kosher|vegan|vegetarian|veggie|gluten[- ]free|plant[- ]based|dairy[- ]free) )\b(?:food|foodies?|culinary|cuisines?|restaurants?|gastronomy)\b/g,
  ],
  ['nightlife', /\b(?:nightlife|night ?clubs?|clubbing|bars|pubs|live music|night out)\b/g],
  ['history', /\b(?:history|historic(?:al)?|heritage|monuments?|landmarks?)\b/g],
  ['art', /\b(?:art|arts|galler(?:y|ies)|paintings?|street art)\b/g],
  ['nature', /\b(?:nature|national parks?|parks|outdoors?|wildlife|scenery|lakes?|mountains?|forests?)\b/g],
  ['shopping', /\b(?:shopping|boutiques?|malls?|outlets?|markets?)\b/g],
];

function positive(lower: string, pattern: RegExp): boolean {
  return matchAll(lower, pattern).some((m) => !isNegatedBefore(lower, m.index, 2));
}

/** Pace ("relaxed", "action-packed") and interests, from keywords; negated ones do not count. */
export function extractPreferences(lower: string): PreferencesResult {
  const warnings: string[] = [];
  // "not too packed" is relaxed, so the relaxed cues are read first and packed ones only when
  // not negated.
  const relaxed = positive(lower, RELAXED);
  const packed = positive(lower, PACKED);
  let pace: TripPreferences['pace'] = 'balanced';
  if (relaxed && packed)
    warnings.push('The request asks for both a relaxed and a packed pace; planning a balanced one.');
  else if (relaxed) pace = 'relaxed';
  else if (packed) pace = 'packed';
  const interests = INTERESTS.filter(([, pattern]) => positive(lower, pattern)).map(([name]) => name);
  return { preferences: { pace, interests, comfort: null, preferredModes: [] }, warnings };
}
