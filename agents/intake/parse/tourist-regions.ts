import type { Destination } from '../../../tools/domain/trip-spec.schema.js';
import type { GazetteerCity } from './gazetteer.js';
import { type Span, spanOf } from './text.js';

/**
 * Areas people name as destinations that are not cities ("the Amalfi Coast", "Tuscany", "Napa"),
 * each with the cities a visit usually starts from, nearest first. Only a gateway the gazetteer
 * knows is used, so each world picks what it can plan.
 */
const AREAS: ReadonlyArray<readonly [RegExp, string, readonly string[]]> = [
  [/\bamalfi(?:\s+coast)?\b|\bpositano\b|\bsorrento\b|\bcapri\b/, 'the Amalfi Coast', ['Naples', 'Rome']],
  [/\btuscany\b|\btuscan\s+(?:countryside|hills)\b|\bchianti\b/, 'Tuscany', ['Florence']],
  [/\bcinque\s+terre\b/, 'the Cinque Terre', ['Florence', 'Milan']],
  [/\blake\s+como\b/, 'Lake Como', ['Milan']],
  [/\bdolomites\b/, 'the Dolomites', ['Venice', 'Milan']],
  [
    /\b(?:the\s+)?(?:french\s+riviera|cote\s+d'?azur)\b|\bprovence\b/,
    'the French Riviera and Provence',
    ['Nice'],
  ],
  [/\bandalusia\b|\bandalucia\b/, 'Andalusia', ['Seville']],
  [/\bcatalonia\b|\bcosta\s+brava\b/, 'Catalonia', ['Barcelona']],
  [/\bbavaria\b|\bbavarian\s+alps\b/, 'Bavaria', ['Munich']],
  [/\b(?:scottish\s+)?highlands\b/, 'the Highlands', ['Edinburgh']],
  [/\bcotswolds\b/, 'the Cotswolds', ['London']],
  [
    /\bnapa(?:\s+valley)?\b|\bsonoma\b|\b(?:california\s+)?wine\s+country\b/,
    'Napa Valley',
    ['San Francisco'],
  ],
  // "the Keys", as Floridians say it; not the keys someone picks up or leaves.
  [
    /\bflorida\s+keys\b|(?<!\b(?:pick(?:ing)?(?:\s+up)?|get|collect|drop(?:\s+off)?|leave|left|lost|hand(?:\s+over)?|return|with)\s+)\bthe\s+keys\b/,
    'the Florida Keys',
    ['Key West', 'Miami'],
  ],
  [/\briviera\s+maya\b|\btulum\b|\bplaya\s+del\s+carmen\b|\byucatan\b/, 'the Riviera Maya', ['Cancún']],
  [/\bbanff\b|\blake\s+louise\b|\bcanadian\s+rockies\b/, 'Banff', ['Calgary']],
  [/\bwhistler\b/, 'Whistler', ['Vancouver']],
  [/\bcape\s+cod\b|\bmartha'?s\s+vineyard\b|\bnantucket\b/, 'Cape Cod and the islands', ['Boston']],
  [/\b(?:the\s+)?hamptons\b/, 'the Hamptons', ['New York']],
  [/\b(?:texas\s+)?hill\s+country\b/, 'the Texas Hill Country', ['Austin', 'San Antonio']],
  [/\bsmoky\s+mountains\b|\bsmokies\b/, 'the Smoky Mountains', ['Asheville']],
  [/\blake\s+tahoe\b/, 'Lake Tahoe', ['Sacramento']],
  // Resort towns and suburbs people fly to by the city next to them.
  [/\bscottsdale\b/, 'Scottsdale', ['Phoenix']],
  [
    /\b(?:aspen|vail|breckenridge|keystone|steamboat(?:\s+springs)?|telluride)\b/,
    'the Colorado ski towns',
    ['Denver'],
  ],
  [/\bpark\s+city\b/, 'Park City', ['Salt Lake City']],
  [/\bniagara(?:\s+falls)?\b/, 'Niagara Falls', ['Buffalo', 'Toronto']],
  [/\bgalveston\b/, 'Galveston', ['Houston']],
  [
    /\b(?:clearwater(?:\s+beach)?|st\.?\s+pete(?:rsburg)?(?:\s+beach)?)\b/,
    'Clearwater and St. Pete',
    ['Tampa'],
  ],
  [/\b(?:malibu|santa\s+monica|anaheim)\b/, 'the Los Angeles coast', ['Los Angeles']],
  // Theme-park resorts, from the city they sit beside.
  [
    /\b(?:walt\s+)?disney\s*world\b|\bepcot\b|\bmagic\s+kingdom\b|\buniversal\s+orlando\b/,
    'Walt Disney World',
    ['Orlando'],
  ],
  [/\bdisneyland\b/, 'Disneyland', ['Los Angeles']],
  // National parks, from the city most visitors fly into.
  [/\bzion\b/, 'Zion National Park', ['Las Vegas', 'Salt Lake City']],
  [/\bbryce\s+canyon\b/, 'Bryce Canyon', ['Las Vegas', 'Salt Lake City']],
  [/\bgrand\s+canyon\b/, 'the Grand Canyon', ['Phoenix', 'Las Vegas']],
  [/\bsedona\b/, 'Sedona', ['Phoenix']],
  [/\byosemite\b/, 'Yosemite', ['San Francisco', 'Sacramento']],
  // Jackson (Wyoming) sits at the Tetons' foot and Yellowstone's south gate; Bozeman at its north.
  [/\bgrand\s+tetons?\b|\bteton\s+national\s+park\b/, 'Grand Teton', ['Jackson', 'Salt Lake City']],
  [/\byellowstone\b/, 'Yellowstone', ['Jackson', 'Bozeman', 'Salt Lake City', 'Denver']],
  [/\bglacier\s+national\s+park\b/, 'Glacier National Park', ['Bozeman', 'Spokane']],
  [/\bjoshua\s+tree\b/, 'Joshua Tree', ['Palm Springs', 'Los Angeles']],
  [/\bdeath\s+valley\b/, 'Death Valley', ['Las Vegas']],
  [/\bmesa\s+verde\b/, 'Mesa Verde', ['Durango']],
  [/\b(?:mount|mt\.?)\s+rainier\b|\bolympic\s+national\s+park\b/, 'the Washington Cascades', ['Seattle']],
  [/\bmoab\b|\barches\s+national\s+park\b/, 'Moab', ['Grand Junction', 'Salt Lake City']],
  [
    /\brocky\s+mountain\s+national\s+park\b|\bestes\s+park\b/,
    'Rocky Mountain National Park',
    ['Denver', 'Boulder'],
  ],
  [/\beverglades\b/, 'the Everglades', ['Miami']],
  // Areas wider than any one country: named back so the writer can say which cities.
  [/\b(?:south[- ]?east|se)\s+asia\b/, 'Southeast Asia', []],
  [/\bscandinavia\b|\bthe\s+nordics\b/, 'Scandinavia', []],
  [/\bthe\s+balkans\b/, 'the Balkans', []],
  [/\bthe\s+caribbean\b/, 'the Caribbean', []],
  [/\bcentral\s+america\b/, 'Central America', []],
  [/\bsouth\s+america\b/, 'South America', []],
  [/\bpatagonia\b/, 'Patagonia', []],
  [/\b(?:western\s+|eastern\s+)?europe\b/, 'Europe', []],
];

/** Resorts whose sights the gateway city's own listings hold: a stay there visits them. */
const INSIDE_GATEWAY = new Set(['Walt Disney World', 'Disneyland']);

export interface TouristArea extends Span {
  /** How the area is called in sentences ("the Amalfi Coast"). */
  readonly label: string;
  /** The nearest known city to plan the visit from; undefined when the world has none. */
  readonly gateway: string | undefined;
}

/** The areas named in the text, in order, each with its gateway among `known` cities. */
export function findTouristAreas(lower: string, known: ReadonlySet<string>): TouristArea[] {
  const found: TouristArea[] = [];
  for (const [pattern, label, gateways] of AREAS) {
    // Not global: exec finds the first mention, the only one that counts.
    const m = pattern.exec(lower);
    // A name the world knows as a city is that city (TravelPlanner's St. Petersburg, Florida).
    if (m !== null && !isKnownCity(m[0], known))
      found.push({ ...spanOf(m), label, gateway: gateways.find((g) => known.has(g)) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isKnownCity(text: string, known: ReadonlySet<string>): boolean {
  const name = text.replace(/\s+/g, ' ');
  for (const city of known) if (city.toLowerCase() === name) return true;
  return false;
}

// The names of a gazetteer's cities, collected once per list (callers pass the same list).
const namesOf = new WeakMap<readonly GazetteerCity[], ReadonlySet<string>>();

function cityNames(cities: readonly GazetteerCity[]): ReadonlySet<string> {
  let names = namesOf.get(cities);
  if (names === undefined) {
    names = new Set(cities.map((c) => c.name));
    namesOf.set(cities, names);
  }
  return names;
}

const NO_DESTINATION =
  /^(?:No destination was found\.|The destination ".*" is not a known city or region\.)$/;

/**
 * "The Amalfi Coast", "Tuscany", "Napa": areas the trip model cannot hold as a destination. With
 * no other destination the visit is planned from the area's nearest known city; either way a
 * warning says what was done with the area, so it is never dropped silently.
 */
export function touristAreaDestination(
  lower: string,
  destination: Destination | null,
  cities: readonly GazetteerCity[],
  warnings: string[],
  origin: string | null = null,
): Destination | null {
  const areas = findTouristAreas(lower, cityNames(cities));
  const first = areas[0];
  if (first === undefined) return destination;
  if (destination === null) {
    // The area's own sentence replaces the vaguer "No destination was found."
    const unread = warnings.findIndex((w) => NO_DESTINATION.test(w));
    if (unread >= 0) warnings.splice(unread, 1);
  }
  if (destination === null && first.gateway === undefined) {
    // "6 weeks backpacking SE Asia": too wide to plan; ask for cities, naming the area.
    warnings.push(
      `${capitalise(first.label)} is wider than the places the planner knows; which cities or country should the trip visit?`,
    );
    return null;
  }
  if (destination === null && first.gateway !== undefined && first.gateway === origin) {
    // "San Francisco to Napa": the nearest city known is the start, so nothing can stand in.
    warnings.push(
      `${capitalise(first.label)} is an area, not a city the planner knows, and the nearest city it knows, ${first.gateway}, is where the trip starts; which city should the trip go to?`,
    );
    return null;
  }
  if (destination === null && first.gateway !== undefined) {
    warnings.push(
      `${capitalise(first.label)} is an area, not a city the planner knows; planning the stay in ${first.gateway}, the nearest city it knows. Please say if another city suits better.`,
    );
    return { kind: 'city', city: first.gateway };
  }
  // A wide area around named cities ("Europe backpacking: Amsterdam, Berlin…") only frames them;
  // a resort inside a city the trip stays in ("Orlando for Disney World") needs no word.
  const stays =
    destination?.kind === 'city'
      ? [destination.city]
      : destination?.kind === 'cities'
        ? destination.stops.map((s) => s.city)
        : [];
  const visited = (a: TouristArea) => INSIDE_GATEWAY.has(a.label) && stays.includes(a.gateway ?? '');
  for (const area of areas.filter((a) => a.gateway !== undefined && !visited(a))) {
    warnings.push(
      `${capitalise(area.label)} is an area, not a city the planner knows, so it is not part of the plan${area.gateway ? ` (${area.gateway} is the nearest city it knows)` : ''}.`,
    );
  }
  return destination;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
