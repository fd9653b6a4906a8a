import { addDays, type IsoDate } from '../domain/common.schema.js';
import { greatCircleKm } from '../domain/geo.js';
import type { CityInfo } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import type { Climate, DestinationWishes } from './destination-wishes.js';
import { sameName } from './names.js';
import { matchesInterest } from './sight-interests.js';

/** A city worth suggesting to a request that names no destination, with why in a few words. */
export interface DestinationIdea {
  city: string;
  region: string;
  country: string;
  /** "about 25°C in early February, 4 beaches, 2 h 55 by direct flight from Chicago". */
  why: string;
}

export interface IdeaRequest {
  origin: string | null;
  startDate: IsoDate | null;
  days: number | null;
  travellers: number;
  /** The whole trip's budget in US dollars; null when none (or in a currency without a rate). */
  budgetUsd: number | null;
  wishes: DestinationWishes;
}

/**
 * Cities looked at closely (weather, sights), after a first sort on what needs no lookup: a real
 * world answers each lookup over the network, so this bounds what a question costs.
 */
const CLOSE_LOOKS = 20;
/** "Within driving distance": a drive of at most this long, on a road of at most this length. */
const ROAD_REACH_MINUTES = 5 * 60;
const ROAD_REACH_KM = 600;
/** Sights that make a city worth a getaway when nothing more is wished for. */
const MIN_SIGHTS_FOR_A_GETAWAY = 6;
/** Sights an interest must find in a city for it to be suggested for that interest. */
const MIN_SIGHTS_PER_INTEREST = 2;
/** Candidates whose way there is searched (one flight search each). */
const REACH_CHECKS = 8;
/** Of the budget, the most a return fare for the party may take (the stays and meals need the rest). */
const FARE_SHARE = 0.6;
/** Within this a road may be the way there (the sandbox lists no flight under 250 km)... */
const DRIVE_KM = 700;
/** ...and it is, when the drive takes no longer than this. */
const SHORT_DRIVE_MINUTES = 4 * 60;

/**
 * Up to `limit` destinations that fit what the request wishes for, reachable from its origin in
 * the trip's length (by road within five hours when a drive is wished) and within its budget:
 * one per state or country. A getaway that wishes for nothing more gets places with plenty to
 * see. Empty when the request gives nothing to go by, or the world has nothing that fits: a
 * suggestion has to say why it was made.
 */
export async function destinationIdeas(
  world: WorldProvider,
  request: IdeaRequest,
  limit = 4,
): Promise<DestinationIdea[]> {
  const { wishes } = request;
  const climate = request.startDate ? wishes.climate : null;
  const origin = request.origin ? world.resolveCity(request.origin) : undefined;
  // "Somewhere within driving distance": the road from home is what it asks, so home must be known.
  const byRoad = wishes.byRoad && origin !== undefined;
  // A climate wished for is judged on the dates, so without dates there is nothing to suggest by.
  if (wishes.climate && !climate) return [];
  if (!climate && wishes.interests.length === 0 && !(byRoad || (wishes.open && origin))) return [];
  const reachKm = byRoad ? Math.min(ROAD_REACH_KM, maxDistanceKm(request.days)) : maxDistanceKm(request.days);
  const month = request.startDate ? Number(request.startDate.slice(5, 7)) : null;
  const candidates = world
    .listCities()
    .filter((c) => !origin || !sameName(c.name, origin.name))
    .map((city) => ({ city, km: distanceKm(origin, city) }))
    .filter(({ km }) => km === null || km <= reachKm)
    .map((c) => ({ ...c, prior: climate && month ? climatePrior(climate, likelyHighC(c.city, month)) : 0 }))
    .sort((a, b) => b.prior - a.prior || (a.km ?? 0) - (b.km ?? 0))
    .slice(0, CLOSE_LOOKS);

  const looked = await Promise.all(candidates.map((c) => lookClosely(world, c.city, request, climate)));
  const roads =
    byRoad && origin ? await Promise.all(candidates.map((c) => roadFrom(world, origin, c.city))) : [];
  const fitting = looked
    .map((look, i) => ({ ...look, city: candidates[i]!.city, km: candidates[i]!.km, road: roads[i] }))
    .filter((c) => c.fits && (!byRoad || (c.road !== undefined && c.road <= ROAD_REACH_MINUTES)))
    .sort((a, b) => b.score - a.score || (a.km ?? 0) - (b.km ?? 0));

  const ideas: DestinationIdea[] = [];
  const regions = new Set<string>();
  let checks = 0;
  for (const candidate of fitting) {
    if (ideas.length >= limit || checks >= REACH_CHECKS) break;
    if (regions.has(candidate.city.region)) continue;
    checks += 1;
    const way =
      candidate.road !== undefined
        ? `${hoursText(candidate.road)} by road from ${origin?.name}`
        : origin
          ? await wayThere(world, origin, candidate.city, candidate.km, request)
          : '';
    if (way === null) continue;
    regions.add(candidate.city.region);
    ideas.push({
      city: candidate.city.name,
      region: candidate.city.region,
      country: candidate.city.country,
      why: [...candidate.reasons, way].filter(Boolean).join(', '),
    });
  }
  return ideas;
}

/** How far a trip of this length should go: a weekend is not spent on a long haul. */
function maxDistanceKm(days: number | null): number {
  if (days === null || days > 14) return Number.POSITIVE_INFINITY;
  if (days <= 2) return 800;
  if (days <= 3) return 1500;
  if (days <= 5) return 4000;
  if (days <= 9) return 6500;
  return 11_000;
}

function distanceKm(origin: CityInfo | undefined, city: CityInfo): number | null {
  return origin?.location && city.location ? greatCircleKm(origin.location, city.location) : null;
}

/**
 * A first guess at a place's usual daytime high in a month, from its latitude alone (warmest
 * near the equator, with seasons that swing wider away from it, opposite in the south). Only
 * orders the cities looked at closely; what is said of a city comes from the world's weather.
 */
function likelyHighC(city: CityInfo, month: number): number {
  const lat = city.location?.lat ?? 45;
  const yearly = 31 - 0.0065 * lat * lat;
  const swing = Math.min(14, 0.3 * Math.abs(lat));
  // Highs peak about mid-July in the north, mid-January in the south.
  const season = Math.cos(((month - 7) / 12) * 2 * Math.PI) * (lat >= 0 ? 1 : -1);
  return yearly + swing * season;
}

/**
 * 0 (does not fit) to 1 (fits well); a city is suggested from 0.5. Warm is a high of 22 °C or
 * more, and 19 °C will do (winter sun from London is Cairo's 22 °C, not Lisbon's 16); mild is
 * 14–25 °C.
 */
function climateFit(climate: Climate, highC: number): number {
  if (climate === 'warm') return clamp((highC - 16) / 6);
  return highC < 14 ? clamp((highC - 8) / 6) : highC > 25 ? clamp((31 - highC) / 6) : 1;
}

/** Orders cities before they are looked at: warmest first, or nearest a mild 19 °C. */
function climatePrior(climate: Climate, likelyHigh: number): number {
  return climate === 'warm' ? likelyHigh : -Math.abs(likelyHigh - 19);
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

interface CloseLook {
  fits: boolean;
  score: number;
  reasons: string[];
}

/**
 * A city's weather on the trip's first and middle days and the sights that answer each interest.
 * It fits when the weather is as wished (a world without weather for the dates cannot say, so
 * the city is not suggested for its climate) and it has sights for every interest.
 */
async function lookClosely(
  world: WorldProvider,
  city: CityInfo,
  request: IdeaRequest,
  climate: Climate | null,
): Promise<CloseLook> {
  const reasons: string[] = [];
  let score = 0;
  if (climate && request.startDate) {
    const middle = addDays(request.startDate, Math.floor(((request.days ?? 1) - 1) / 2));
    const outlooks = await Promise.all([
      world.weather({ city: city.name, date: request.startDate }),
      world.weather({ city: city.name, date: middle }),
    ]);
    const highs = outlooks.flatMap((o) => (o ? [o.highC] : []));
    if (highs.length === 0) return { fits: false, score: 0, reasons };
    const high = highs.reduce((a, b) => a + b, 0) / highs.length;
    const fit = climateFit(climate, high);
    if (fit < 0.5) return { fits: false, score: 0, reasons };
    score += fit;
    reasons.push(`about ${Math.round(high)}\u00b0C in ${partOfMonth(request.startDate)}`);
  }
  if (request.wishes.interests.length === 0 && !climate) {
    // A getaway with nothing more wished for: a city with plenty to see, the more the better.
    const sights = await world.searchSights({ city: city.name });
    if (sights.length < MIN_SIGHTS_FOR_A_GETAWAY) return { fits: false, score: 0, reasons };
    return { fits: true, score: Math.min(sights.length, 12) / 12, reasons: [`${sights.length} sights`] };
  }
  if (request.wishes.interests.length > 0) {
    const sights = await world.searchSights({ city: city.name });
    for (const interest of request.wishes.interests) {
      const count = sights.filter((s) => matchesInterest(s, interest)).length;
      // A place chosen for beaches has more than one.
      if (count < MIN_SIGHTS_PER_INTEREST) return { fits: false, score: 0, reasons };
      score += Math.min(count, 4) / 4;
      reasons.push(sightCount(count, interest));
    }
  }
  return { fits: true, score, reasons };
}

/** What the sights an interest finds are called: "3 beaches", "1 historic site", "4 museums". */
const SIGHT_NOUNS: Readonly<Record<string, [string, string]>> = {
  museums: ['museum', 'museums'],
  beaches: ['beach', 'beaches'],
  history: ['historic site', 'historic sites'],
  art: ['gallery or museum', 'galleries and museums'],
  nature: ['park or garden', 'parks and gardens'],
  hiking: ['trail or lookout', 'trails and lookouts'],
  shopping: ['market or shopping street', 'markets and shopping streets'],
  nightlife: ['nightlife district', 'nightlife districts'],
  food: ['food market', 'food markets'],
};

function sightCount(count: number, interest: string): string {
  const [one, many] = SIGHT_NOUNS[interest] ?? [`sight for ${interest}`, `sights for ${interest}`];
  return `${count} ${count === 1 ? one : many}`;
}

/** "early February", "mid-March", "late June". */
function partOfMonth(date: IsoDate): string {
  const day = Number(date.slice(8, 10));
  const month = new Date(`${date}T00:00:00Z`).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return day <= 10 ? `early ${month}` : day <= 20 ? `mid-${month}` : `late ${month}`;
}

/**
 * How the party gets there, in a few words, or null when it cannot (no flight that day and too
 * far to drive) or the return fare alone would take most of the budget.
 */
async function wayThere(
  world: WorldProvider,
  origin: CityInfo,
  city: CityInfo,
  km: number | null,
  request: IdeaRequest,
): Promise<string | null> {
  const road =
    km !== null && km <= DRIVE_KM
      ? await world.groundRoute({ from: origin.name, to: city.name, mode: 'self-driving' })
      : undefined;
  const byRoad = road && `${hoursText(road.durationMinutes)} by road from ${origin.name}`;
  // A short drive beats any flight; a long one only when there is none.
  if (road && road.durationMinutes <= SHORT_DRIVE_MINUTES) return byRoad ?? null;
  const flight = request.startDate
    ? cheapest(
        await world.searchFlights({
          from: origin.name,
          to: city.name,
          date: request.startDate,
          travellers: request.travellers,
        }),
      )
    : undefined;
  if (!flight) return byRoad ?? (request.startDate ? null : '');
  if (request.budgetUsd !== null && flight.price * request.travellers * 2 > FARE_SHARE * request.budgetUsd)
    return null;
  return `${hoursText(flight.durationMinutes)} by direct flight from ${origin.name}`;
}

/** The drive from home in minutes; undefined where there is no road. */
async function roadFrom(world: WorldProvider, origin: CityInfo, city: CityInfo): Promise<number | undefined> {
  const road = await world.groundRoute({ from: origin.name, to: city.name, mode: 'self-driving' });
  return road?.durationMinutes;
}

function cheapest<T extends { price: number }>(options: readonly T[]): T | undefined {
  return options.reduce<T | undefined>((best, o) => (!best || o.price < best.price ? o : best), undefined);
}

/** "2 h 55", "45 min". */
function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
