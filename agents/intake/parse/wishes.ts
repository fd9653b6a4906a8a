import type { ComfortTier, DietaryNeed, TransportMode } from '../../../tools/domain/common.schema.js';
import type { FlightTimes, TripType } from '../../../tools/domain/trip-spec.schema.js';
import { isNegatedBefore } from './negation.js';
import { matchAll } from './text.js';

/** What the wishes of a request came to, each with the sentence that records how it was read. */
export interface Wishes {
  readonly tripType: TripType | null;
  readonly dietary: DietaryNeed[];
  readonly comfort: ComfortTier | null;
  readonly flightTimes: FlightTimes;
  readonly preferredModes: TransportMode[];
  readonly notes: string[];
  /** Wishes read but not held by the trip model ("drive down to LA" between flights). */
  readonly warnings: string[];
}

const first = (lower: string, pattern: RegExp) =>
  matchAll(lower, pattern).find((m) => !isNegatedBefore(lower, m.index, 2));

const DIETARY: ReadonlyArray<[DietaryNeed, RegExp]> = [
  ['vegan', /\b(?:vegans?|plant[- ]based)\b/g],
  [
    'vegetarian',
    /\b(?:vegetarians?|veggies?|veg(?=\s+(?:food|meals|options|family|diet))|no meat|meat[- ]free|don'?t eat meat|pescatarian)\b/g,
  ],
  ['halal', /\bhalal\b/g],
  ['kosher', /\bkosher\b/g],
  [
    'gluten-free',
    /\b(?:gluten[- ]free|gluten[- ]intolerant|no gluten|(?:allergic|allergy|intolerant|intolerance|sensitive|sensitivity) to (?:gluten|wheat)|gluten (?:allergy|intolerance|sensitivity)|coeliacs?|celiacs?|gf (?:diet|food|options))\b/g,
  ],
];

/**
 * "my daughter can't have gluten", "he doesn't eat meat": what someone cannot eat names the need.
 * A pattern of its own, run only when a refusal word is there, so the needs' patterns stay fast.
 */
const CANNOT_EAT =
  /\b(?:can'?t|cannot|can not|don'?t|doesn'?t|do not|does not|won'?t|never|shouldn'?t)\s+(?:eat|have|do|tolerate|handle|digest|touch)\s+(?:any\s+)?(gluten|wheat|meat|animal products)\b/g;
const NEED_OF_FOOD: Record<string, DietaryNeed> = {
  gluten: 'gluten-free',
  wheat: 'gluten-free',
  meat: 'vegetarian',
  'animal products': 'vegan',
};

function dietary(lower: string, notes: string[]): DietaryNeed[] {
  const needs: DietaryNeed[] = [];
  for (const [need, pattern] of DIETARY) {
    // "no gluten" and "no meat" are the need itself, not its negation.
    const m = matchAll(lower, pattern).find((x) => /^no /.test(x[0]) || !isNegatedBefore(lower, x.index, 1));
    if (m === undefined) continue;
    if (need === 'vegetarian' && needs.includes('vegan')) continue;
    needs.push(need);
    notes.push(`'${m[0]}' → every meal must be ${need}.`);
  }
  if (!/n't|cannot|can not|do not|does not|never/.test(lower)) return needs;
  for (const m of matchAll(lower, CANNOT_EAT)) {
    const need = NEED_OF_FOOD[m[1] ?? ''];
    if (need === undefined || needs.includes(need) || (need === 'vegetarian' && needs.includes('vegan')))
      continue;
    needs.push(need);
    notes.push(`'${m[0]}' → every meal must be ${need}.`);
  }
  return needs;
}

const COMFORT: ReadonlyArray<[ComfortTier, RegExp, string]> = [
  // A tier named outright wins over what it is not: "mid-range hotels, nothing fancy".
  [
    'mid-range',
    /\b(?:mid[- ]?range|mid[- ]priced|moderate(?:ly priced)?|comfortable but not (?:fancy|luxurious)|middle of the road|three[- ]star|3[- ]star|decent (?:hotels?|places?))\b/g,
    'mid-range stays',
  ],
  // Read before "fancy" can count as luxury.
  [
    'budget',
    /\b(?:nothing|not|no need for anything) (?:too )?(?:fancy|luxurious|posh|high[- ]end)\b|\bno[- ]frills\b/g,
    'budget stays',
  ],
  [
    'cheapest',
    /\b(?:cheapest(?: possible| options?| way)?|(?:as )?cheap(?:ly)? as (?:possible|we can|it gets)|lowest (?:price|cost)|rock[- ]bottom|shoestring|dirt[- ]cheap|bare[- ]bones|spend as little as possible)\b/g,
    'the lowest cost',
  ],
  [
    'luxury',
    // Not the British verb: "fancy a week in Lisbon", "we fancy going" want, they are no tier (a
    // run of spaces after it is what the reader already took, such as "a week").
    /\b(?:luxury|luxurious|five[- ]star|5[- ]star|high[- ]end|upscale|splurge|splurging|top[- ]notch|top[- ]tier|first[- ]class|premium|lavish|posh|fancy(?! restaurant|\s+(?:a|an|the|some|going|doing|seeing|visiting|heading|getting|trying|it|that|this|\d)\b|\s{2,})(?<!\b(?:i|we|you|they|do you|would you|who)\s+fancy)|treat ourselves|the best (?:hotels?|of everything))\b/g,
    'top-tier stays',
  ],
  [
    'budget',
    /\b(?:budget[- ](?:friendly|hotels?|trip|travel|options?|stays?|conscious)|on a (?:tight |strict |small )?budget|cheap(?:ly)?|inexpensive|affordable|nothing fancy|no frills|no-frills|frugal|backpack(?:er|ing)|hostels?|economical|low[- ]cost|basic (?:hotels?|accommodation))\b/g,
    'budget stays',
  ],
  // "comfortable", "a nice hotel": more than a budget bed, not luxury; read last, so "cheap but
  // comfortable" stays budget and "luxurious and comfortable" luxury.
  [
    'mid-range',
    /\b(?:(?:nice|good|comfy|pleasant) (?:hotels?|places? to stay|accommodations?|stays?|rooms?)|comfortable(?!\s+(?:with|for|walking|shoes|flying|driving|budget|but|seats?|car|ride|flights?)\b))\b/g,
    'mid-range stays',
  ],
];

function comfort(lower: string, notes: string[]): ComfortTier | null {
  for (const [tier, pattern, meaning] of COMFORT) {
    const m = matchAll(lower, pattern).find(
      (x) => x[0].startsWith('nothing') || x[0].startsWith('no') || !isNegatedBefore(lower, x.index, 2),
    );
    if (m === undefined) continue;
    notes.push(`'${m[0]}' → ${meaning} (${tier}).`);
    return tier;
  }
  return null;
}

/** "8am", "8:30 am", "18:00", "6 pm", "noon", "midnight" → HH:MM. */
const CLOCK =
  '(noon|midday|midnight|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|\\d{1,2}h\\d{0,2})';

function clock(text: string): string | undefined {
  const t = text.replace(/\s+/g, '').replace(/\./g, '');
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '00:00';
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?(am|pm)?$/.exec(t);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (m[3] === 'pm' && hours < 12) hours += 12;
  if (m[3] === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const EARLIEST = new RegExp(
  `\\b(?:not|nothing|no (?:flights?|departures?)|never)\\s+(?:leaving\\s+|departing\\s+|taking off\\s+)?(?:before|earlier than)\\s+${CLOCK}|\\b(?:depart(?:ing|ures?)?|leav(?:e|ing)|flights?|take ?off)\\s+(?:no earlier than|not before|after)\\s+${CLOCK}|\\b(?:rather not|prefer not to|don'?t|do not|not)\\s+(?:want to\\s+)?(?:fly|leave|depart|take off)\\s+(?:before|earlier than)\\s+${CLOCK}|\\b(?:no|avoid|avoiding|without|hate|skip)\\s+(?:any\\s+)?early(?:[- ]morning)?\\s+(?:flights?|departures?)\\b`,
  'g',
);
const LATEST = new RegExp(
  `\\b(?:land(?:ing)?|arriv(?:e|ing|al)|get(?:ting)? in|be there)\\s+(?:by|before|no later than|not after|until)\\s+${CLOCK}|\\b(?:not|no)\\s+(?:landing|arriving|arrivals?)\\s+(?:after|later than)\\s+${CLOCK}`,
  'g',
);

function flightTimes(lower: string, notes: string[]): FlightTimes {
  const times: FlightTimes = {
    earliestDeparture: null,
    latestArrival: null,
    noOvernight: false,
    maxStops: null,
  };
  const overnight = first(
    lower,
    /\b(?:no|avoid|avoiding|without|hate|don'?t (?:want|do)|not on)\s+(?:any\s+)?(?:red[- ]?eyes?|overnight (?:flights?|travel)|night flights?|late[- ]night flights?)\b|\bno (?:flying|flights) (?:overnight|at night)\b/g,
  );
  if (overnight) {
    times.noOvernight = true;
    notes.push(`'${overnight[0]}' → no overnight flights.`);
  }
  // "no early flights (nothing before 10am)": a time said outright wins over the vague wish.
  const earliest = matchAll(lower, EARLIEST);
  const e = earliest.find((m) => (m[1] ?? m[2]) !== undefined) ?? earliest[0];
  if (e) {
    const at = e[1] ?? e[2];
    times.earliestDeparture = at === undefined ? '09:00' : (clock(at) ?? null);
    if (times.earliestDeparture)
      notes.push(`'${e[0]}' → no flight leaves before ${times.earliestDeparture}.`);
  }
  const l = matchAll(lower, LATEST)[0];
  if (l) {
    const at = clock(l[1] ?? l[2] ?? '');
    if (at) {
      times.latestArrival = at;
      notes.push(`'${l[0]}' → no flight lands after ${at}.`);
    }
  }
  const nonstop = first(
    lower,
    /\b(?:non-?stop|direct)(?:\s+(?:flights?|only))?\b|\b(?:no|without|avoid(?:ing)?|nothing with|none with)\s+(?:any\s+|an?\s+)?(?:layovers?|connections?|stopovers?|connecting flights?|stops?)\b/g,
  );
  const oneStop =
    /\b(?:max(?:imum)?|at most|no more than|up to)\s+(one|1|two|2)\s+(?:stops?|layovers?|connections?)\b|\b(one|1|two|2)[- ]stop(?:s)? max\b/.exec(
      lower,
    );
  if (oneStop) {
    const n = /one|1/.test(oneStop[1] ?? oneStop[2] ?? '') ? 1 : 2;
    times.maxStops = n;
    notes.push(`'${oneStop[0]}' → at most ${n} stop${n === 1 ? '' : 's'} per flight.`);
  } else if (nonstop) {
    times.maxStops = 0;
    notes.push(`'${nonstop[0]}' → nonstop flights only.`);
  }
  return times;
}

/**
 * "happy to drive", "fine to drive": willing is preferring. Apart from DRIVING, and run only when
 * " to drive" is written, since that pattern is the reader's costliest scan.
 */
const GLAD_TO_DRIVE = /\b(?:happy|glad|willing|keen|ok|okay|fine|plan|love|prefer) to drive\b/g;

const DRIVING =
  /\b(?:we(?:'re| are|'ll| will)|i(?:'m| am|'ll| will)|planning to|want to|going to|gonna|prefer to|would rather|we'd rather|i'd rather|like to)\s+(?:be\s+)?(?:driving|drive|road[- ]?trip(?:ping)?)\b|\broad[- ]?trip\b|\bby car\b|\bin (?:my|our) (?:car|van|rv|camper)\b|\bdriving (?:down|up|over|there|ourselves)\b|(?<!\b(?:hours?|hrs?|minutes?|mins?|short|long|quick|easy|day'?s|an?|the|no|not|without)\s+)\b(?:driving|drive)\s+(?:from|to|down to|up to|over to)\s+(?=[a-z])|\b(?:take|taking|bring|bringing) (?:my|our|the) (?:car|van|rv)\b|\b(?:trains?|rail|bus)\s+(?:or|and|\/)\s+car\b|\bcar\s+(?:or|and|\/)\s+(?:trains?|rail)\b|(?<=(?:^|[,;(:]|\s-)\s*)(?:driving|drive|self[- ]drive|by road)(?=\s*(?:[,;.)!?]|\s-\s|$))/g;
const RAIL =
  /\b(?:(?:trains?|rail) only|only (?:by )?(?:trains?|rail)|by (?:train|rail)|trains?|rail(?:way)?|eurail|interrail|shinkansen|bullet train|amtrak|tgv|eurostar|via rail|(?:sleeper|night|overnight|high[- ]speed|scenic) trains?)\b/g;

/** A drive said as one leg of the route: "then drive down to Los Angeles", "driving over to Napa". */
const DRIVE_LEG = /^(?:driving|drive)\s+(?:(?:down|up|over)(?:\s+to)?|from|to)\b/;
/** Flying said elsewhere in the request: "fly from Seattle into San Francisco", "flights home". */
const FLYING = /\b(?:fly|flying|flights?)\b/g;

function modes(lower: string, notes: string[], warnings: string[]): TransportMode[] {
  const preferred: TransportMode[] = [];
  const drives = matchAll(lower, DRIVING).filter((m) => !isNegatedBefore(lower, m.index, 2));
  // "fly into San Francisco, then drive down to Los Angeles and fly home": the car is one leg
  // between flights, not a wish to drive the whole trip. The trip model holds no mode per leg,
  // so no trip-wide preference is set and the leg is named back.
  const leg = drives.length > 0 && drives.every((m) => DRIVE_LEG.test(m[0])) && first(lower, FLYING);
  if (leg) {
    warnings.push(
      `The request drives one leg between flights ('${drives[0]![0].trim()}'); the planner cannot set the way one leg is travelled, so it chooses for each leg (no trip-wide driving preference).`,
    );
  }
  const drive = leg
    ? undefined
    : (drives[0] ?? (lower.includes(' to drive') ? first(lower, GLAD_TO_DRIVE) : undefined));
  if (drive) {
    preferred.push('self-driving');
    // A preference, not a ban: "we'll drive" still lets the planner fly a leg no car can do.
    notes.push(`'${drive[0]}' → travelling by car where the planner can (preferred over flights).`);
  }
  const rail = matchAll(lower, RAIL).find((m) => {
    if (isNegatedBefore(lower, m.index, 2)) return false;
    if (!/^(?:trains?|rail(?:way)?)$/.test(m[0])) return true;
    // A bare "train" is a wish only as the way to travel ("take the train", "prefer trains").
    // ", train," standing alone in a list of wishes is the way to travel.
    const alone =
      /(?:^|[,;(:]|\s-)\s*$/.test(lower.slice(Math.max(0, m.index - 3), m.index)) &&
      /^\s*(?:[,;.)!?]|$)/.test(lower.slice(m.index + m[0].length));
    if (alone) return true;
    // "trains between cities", "train between Paris and Lyon": the way to travel the legs.
    if (
      /^\s*(?:between|from (?:city|town|place) to|for (?:the )?(?:legs|transfers))\b/.test(
        lower.slice(m.index + m[0].length),
      )
    )
      return true;
    // "train preferred", "train if possible": the wish said after the mode.
    if (
      /^\s*(?:preferred|please|pls|plz|if possible|ideally|where possible|would be (?:great|nice|ideal)|all the way)\b/.test(
        lower.slice(m.index + m[0].length),
      )
    )
      return true;
    // "train or car only", "car or train": one of the ways the party will travel.
    if (/^\s*(?:or|and|\/)\s*(?:car|bus)\b/.test(lower.slice(m.index + m[0].length))) return true;
    if (/\b(?:car|bus)\s*(?:or|and|\/)\s*$/.test(lower.slice(Math.max(0, m.index - 8), m.index))) return true;
    return /\b(?:take|taking|by|prefer|love|ride|riding|go by|travel by|want|catch|catching|use|using|on|via)\s+(?:the\s+|a\s+)?$/.test(
      lower.slice(Math.max(0, m.index - 24), m.index),
    );
  });
  if (rail) {
    preferred.push('rail');
    notes.push(`'${rail[0]}' → travelling by train where trains run.`);
  }
  return preferred;
}

// "2 nights in Miami before our cruise": the trip ends at the port; the cruise is not planned.
function tripType(lower: string, notes: string[]): TripType | null {
  const oneWay = first(
    lower,
    /\b(?:one|1)[- ]?way\b|\bno return(?: (?:flight|trip|leg|ticket))?\b|\bnot (?:coming|flying|going|heading) (?:back|home)\b|\b(?:don'?t|do not|won'?t|will not|doesn'?t)\s+need\s+(?:to\s+(?:come|fly|go|get|head)\s+(?:back|home)|a\s+(?:return|way back|flight back|flight home|ride back))\b|\b(?:moving|relocating) to\b|\bwon'?t (?:be )?(?:coming|flying) back\b|\bno need to (?:come|fly) back\b|\bjust getting there\b(?![^.;!?]{0,30}\b(?:and|then) back\b)|\b(?:figure|sort|work) out (?:the|our|my) (?:way|trip|flight|ride) (?:back|home) later\b|\b(?:before|ahead of) (?:our|the|my|a) cruise\b|\bpre[- ]cruise\b/g,
  );
  if (!oneWay) return null;
  notes.push(`'${oneWay[0]}' → a one-way trip, no leg home.`);
  return 'one-way';
}

/**
 * The trip-model wishes of a request: one-way trips, dietary needs, comfort tier, flight times
 * and the way the party wants to travel. Negated wishes ("not vegetarian") do not count.
 */
export function extractWishes(lower: string): Wishes {
  const notes: string[] = [];
  const warnings: string[] = [];
  const type = tripType(lower, notes);
  const needs = dietary(lower, notes);
  const tier = comfort(lower, notes);
  const times = flightTimes(lower, notes);
  const preferred = modes(lower, notes, warnings);
  return {
    tripType: type,
    dietary: needs,
    comfort: tier,
    flightTimes: times,
    preferredModes: preferred,
    notes,
    warnings,
  };
}
