import type { IsoDate } from '../../tools/domain/common.schema.js';
import { type Destination, TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';
import { extractCuisines } from './parse/cuisines.js';
import { extractDates } from './parse/dates.js';
import { type Gazetteer, indexGazetteer } from './parse/gazetteer.js';
import { extractHouseRules } from './parse/house-rules.js';
import { extractBudget } from './parse/money.js';
import { extractPlaces } from './parse/places.js';
import { extractPreferences } from './parse/preferences.js';
import { extractRoomType } from './parse/room-type.js';
import { maskSpans, toRequestText } from './parse/text.js';
import { extractExcludedModes } from './parse/transport.js';
import { extractTravellers } from './parse/travellers.js';

export type { Gazetteer, GazetteerCity } from './parse/gazetteer.js';

export interface ParseOptions {
  /** YYYY-MM-DD. A date written without a year is its next occurrence on or after this day. */
  today: IsoDate;
}

export interface ParsedRequest {
  draft: TripSpecDraft;
  /** What could not be understood or was ambiguous, one sentence each. */
  warnings: string[];
}

/** The most cities one region trip may visit (Destination.cityCount). */
const MAX_CITIES = 5;

/** How many cities a region trip visits when the request does not say: TravelPlanner's rule. */
export function defaultCityCount(days: number | null): number {
  if (days === null || days <= 3) return 1;
  return days <= 6 ? 2 : 3;
}

function finishDestination(
  found: ReturnType<typeof extractPlaces>['destination'],
  days: number | null,
  warnings: string[],
): Destination | null {
  if (found === null || found.kind !== 'region') return found;
  if (found.cityCount === undefined) {
    const cityCount = defaultCityCount(days);
    warnings.push(
      `The request names ${found.region} but not how many cities to visit there; planning ${cityCount} for ${days === null ? 'an unknown number of' : days} days.`,
    );
    return { kind: 'region', region: found.region, cityCount };
  }
  if (found.cityCount > MAX_CITIES || found.cityCount < 1) {
    const cityCount = Math.min(MAX_CITIES, Math.max(1, found.cityCount));
    warnings.push(
      `${found.cityCount} cities in ${found.region} is outside 1 to ${MAX_CITIES}; planning ${cityCount}.`,
    );
    return { kind: 'region', region: found.region, cityCount };
  }
  return { kind: 'region', region: found.region, cityCount: found.cityCount };
}

/**
 * The offline model's intake: turns a free-text trip request into a draft spec by patterns and
 * the gazetteer, deterministically. Essentials it cannot find (origin, destination, start date,
 * days) stay null so the graph asks the user; it never guesses an origin.
 */
export function parseTripRequest(text: string, gazetteer: Gazetteer, options: ParseOptions): ParsedRequest {
  const full = toRequestText(text);
  const places = extractPlaces(full, indexGazetteer(gazetteer));
  // Each extractor reads the text with what earlier ones understood blanked out, so the "Beach"
  // of "Myrtle Beach" is no interest and the "16" of "March 16th" counts nobody.
  const noPlaces = maskSpans(full, places.spans);
  const dates = extractDates(noPlaces.lower, options.today);
  const noDates = maskSpans(noPlaces, dates.spans);
  const travellers = extractTravellers(noDates.lower);
  const budget = extractBudget(noDates.lower, travellers.travellers, dates.days);
  const rest = maskSpans(noDates, budget.spans).lower;
  const houseRules = extractHouseRules(rest);
  const cuisines = extractCuisines(rest);
  const preferences = extractPreferences(rest);

  const warnings = [
    ...places.warnings,
    ...dates.warnings,
    ...travellers.warnings,
    ...budget.warnings,
    ...houseRules.warnings,
    ...cuisines.warnings,
    ...preferences.warnings,
  ];
  const destination = finishDestination(places.destination, dates.days, warnings);
  const draft = TripSpecDraft.parse({
    origin: places.origin,
    destination,
    startDate: dates.startDate,
    days: dates.days,
    travellers: travellers.travellers,
    budget: budget.budget,
    constraints: {
      roomType: extractRoomType(rest),
      houseRules: houseRules.houseRules,
      cuisines: cuisines.cuisines,
      excludedModes: extractExcludedModes(rest),
    },
    preferences: preferences.preferences,
  });
  return { draft, warnings };
}
