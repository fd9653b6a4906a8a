import type { TripPreferences } from '../../../tools/domain/trip-spec.schema.js';
import { NATIONAL_CUISINES } from './cuisines.js';
import { isNegatedBefore } from './negation.js';
import { ownInterests } from './own-interests.js';
import { matchAll } from './text.js';

export interface PreferencesResult {
  readonly preferences: TripPreferences;
  readonly warnings: string[];
  readonly notes: string[];
}

const RELAXED =
  /\b(?:relax(?:ed|ing)?|laid[- ]back|leisurely|slow[- ]paced|slow pace|easy[- ]?going|unhurried|take it easy|low[- ]key|restful|chill|(?:not|nothing) too (?:busy|packed|rushed|hectic)|(?:easy|gentle|slow|slower|quiet|calm|steady)\s+pace|quiet(?:er)?\s+(?:trip|getaway|holiday|vacation|time)|take (?:it|things) slow|no rush(?:ing)?|not rushed|unrushed|slow travel|(?:lots|plenty) of downtime|(?:no|not too|nothing too|avoid(?:ing)?) (?:long|tiring|exhausting|strenuous|full) days|(?:short|easy|shorter|gentle) days|nothing (?:too )?strenuous|pregnant)\b/g;
const PACKED =
  /\b(?:(?:action|jam)[- ]packed|packed|busy|fast[- ]paced|whirlwind|see as much as (?:possible|we can)|full schedule|intense)\b/g;

/**
 * Words that make "food", "cuisine" or "restaurants" a diet or a kitchen asked for ("halal food
 * please", "we love Mexican food", "fast food"), not an interest in food itself: the meals see to
 * those, and nothing would be looked for among the sights.
 */
const FOR_A_KITCHEN =
  /\b(?:halal|kosher|vegan|vegetarian|veggie|gluten[- ]free|plant[- ]based|dairy[- ]free|fast|soul|sea|comfort)\s+$/;
const KITCHEN_WORDS = new Set(NATIONAL_CUISINES.map((name) => name.toLowerCase()));

/** Whether the words just before `index` name a diet or a kitchen. */
function forAKitchen(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 24), index);
  if (FOR_A_KITCHEN.test(before)) return true;
  const words = before.trimEnd().split(/\s+/);
  const last = words.at(-1) ?? '';
  return KITCHEN_WORDS.has(last) || KITCHEN_WORDS.has(`${words.at(-2) ?? ''} ${last}`);
}

/** Interests in a fixed order, each with the words that show it (and, for some, what does not). */
const INTERESTS: ReadonlyArray<[string, RegExp, ((lower: string, index: number) => boolean)?]> = [
  ['museums', /\bmuseums?\b/g],
  ['hiking', /\b(?:hik(?:e|es|ing)|trails?|trek(?:king)?)\b/g],
  ['beaches', /\b(?:beach(?:es)?|seaside|coast(?:al|line)?|surf(?:ing)?)\b/g],
  [
    'food',
    /\b(?:food|foodies?|culinary|cuisines?|restaurants?|gastronomy|fine dining|michelin)\b/g,
    forAKitchen,
  ],
  ['nightlife', /\b(?:nightlife|night ?clubs?|clubbing|bars|pubs|live music|night out)\b/g],
  ['history', /\b(?:history|historic(?:al)?|heritage|monuments?|landmarks?)\b/g],
  ['art', /\b(?:art|arts|galler(?:y|ies)|paintings?|street art)\b/g],
  [
    'nature',
    /\b(?:nature|national parks?|parks|outdoors?|wildlife|scenery|lakes?|mountains?|forests?)\b/g,
    (lower, index) => /\b(?:theme|amusement|water)\s+$/.test(lower.slice(Math.max(0, index - 10), index)),
  ],
  [
    'theme parks',
    /\b(?:theme ?parks?|amusement parks?|water ?parks?|disney(?:land| ?world)?|universal studios|roller ?coasters?)\b/g,
  ],
  ['shopping', /\b(?:shopping|boutiques?|malls?|outlets?|markets?)\b/g],
  // Kept as the traveller's own words: the planner looks for them among the sights by name and
  // says so when none is found, rather than the wish being dropped here.
  [
    'coffee',
    /\b(?:coffee(?:\s*(?:shops?|houses?|bars?))?|coffeehouses?|caf(?:e|\u00e9)s?|espresso bars?)\b/g,
  ],
  ['bookstores', /\b(?:book ?(?:stores?|shops?)|bookshops?|booksellers?|libraries)\b/g],
  ['wine', /\b(?:wines?|wine[- ]tasting|winer(?:y|ies)|vineyards?|wine country)\b/g],
];

function positive(lower: string, pattern: RegExp, not?: (lower: string, index: number) => boolean): boolean {
  return matchAll(lower, pattern).some((m) => !isNegatedBefore(lower, m.index, 2) && !not?.(lower, m.index));
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
  const interests = INTERESTS.filter(([, pattern, not]) => positive(lower, pattern, not)).map(
    ([name]) => name,
  );
  // "we're into pottery": kept in the writer's words, said in a note.
  const own = ownInterests(lower, (item) =>
    INTERESTS.some(([, pattern]) => matchAll(item, pattern).length > 0),
  );
  const notes =
    own.length === 0
      ? []
      : [
          `Kept ${own.map((i) => `'${i}'`).join(', ')} as ${own.length === 1 ? 'an interest' : 'interests'} in the request's words; the plan looks for sights by ${own.length === 1 ? 'it' : 'them'}.`,
        ];
  return {
    preferences: { pace, interests: [...interests, ...own], comfort: null, preferredModes: [] },
    warnings,
    notes,
  };
}
