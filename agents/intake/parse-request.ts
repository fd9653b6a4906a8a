import type { IsoDate } from '../../tools/domain/common.schema.js';
import { type Destination, type RequestProblem, TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';
import { withoutCorrections } from './parse/corrections.js';
import { extractCuisines } from './parse/cuisines.js';
import { writesDayFirst } from './parse/date-order.js';
import { extractDates } from './parse/dates.js';
import { eventDateProblem, eventDateWarning, findEvents } from './parse/events.js';
import { type Gazetteer, indexGazetteer } from './parse/gazetteer.js';
import { homeCurrency } from './parse/home-currency.js';
import { extractHouseRules } from './parse/house-rules.js';
import { extractBudget } from './parse/money.js';
import { type AliasVocabulary, buildVocabulary, resolveAliases } from './parse/place-aliases.js';
import { withoutSettledChoices } from './parse/place-choices.js';
import { withoutExcludedPlaces } from './parse/place-exclusions.js';
import { findPlaceMentions } from './parse/place-mentions.js';
import { extractPlaces } from './parse/places.js';
import { extractPreferences } from './parse/preferences.js';
import { extractRoomType } from './parse/room-type.js';
import { expandShorthand } from './parse/shorthand.js';
import { maskSpans, toRequestText } from './parse/text.js';
import { touristAreaDestination } from './parse/tourist-regions.js';
import { extractExcludedModes } from './parse/transport.js';
import { extractTravellers } from './parse/travellers.js';
import { findUnmodelledNeeds } from './parse/unmodelled-needs.js';
import { extractWishes } from './parse/wishes.js';

export type { Gazetteer, GazetteerCity } from './parse/gazetteer.js';

export interface ParseOptions {
  /** YYYY-MM-DD. A date written without a year is its next occurrence on or after this day. */
  today: IsoDate;
}

export interface ParsedRequest {
  draft: TripSpecDraft;
  /** What could not be understood or was ambiguous, one sentence each (also on the draft). */
  warnings: string[];
}

const vocabularies = new WeakMap<Gazetteer, AliasVocabulary>();

function vocabularyOf(gazetteer: Gazetteer): AliasVocabulary {
  let vocabulary = vocabularies.get(gazetteer);
  if (vocabulary === undefined) {
    vocabulary = buildVocabulary(gazetteer.cities, gazetteer.regions);
    vocabularies.set(gazetteer, vocabulary);
  }
  return vocabulary;
}

/** The first problem per field: one question per field is enough. */
function firstPerField(problems: readonly RequestProblem[]): RequestProblem[] {
  return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i);
}

/** The most cities one region trip may visit (Destination.cityCount). */
const MAX_CITIES = 5;

/** How many cities a region trip visits when the request does not say: TravelPlanner's rule. */
export function defaultCityCount(days: number | null): number {
  if (days === null || days <= 3) return 1;
  return days <= 6 ? 2 : 3;
}

/** How many cities the gazetteer knows in a region (matched against region or country). */
function citiesKnownIn(gazetteer: Gazetteer, region: string): number {
  const key = region.toLocaleLowerCase();
  return gazetteer.cities.filter(
    (c) => c.region.toLocaleLowerCase() === key || c.country.toLocaleLowerCase() === key,
  ).length;
}

function finishDestination(
  found: ReturnType<typeof extractPlaces>['destination'],
  days: number | null,
  warnings: string[],
  gazetteer: Gazetteer,
): Destination | null {
  if (found === null || found.kind !== 'region') return found;
  if (found.cityCount === undefined) {
    // "A week in Ireland" with one Irish city known: one city, not an impossible three.
    const known = citiesKnownIn(gazetteer, found.region);
    const cityCount = known > 0 ? Math.min(known, defaultCityCount(days)) : defaultCityCount(days);
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
  const raw = toRequestText(expandShorthand(text));
  const index = indexGazetteer(gazetteer);
  // Nicknames, airport codes and misspellings become the gazetteer's names first, so every
  // later reader meets only names it knows.
  const aliased = resolveAliases(raw, vocabularyOf(gazetteer), findPlaceMentions(raw, index));
  // "3 nights, actually make it 4": what the writer took back is blanked before anything is read.
  // "Seattle or Portland, leaning Portland": a choice settled later is read as settled.
  const settled = withoutSettledChoices(aliased.text, index);
  const corrected = withoutCorrections(settled.text, index);
  const full = corrected.text;
  // "Paris, Rome, no Venice": a place ruled out is no stop and no destination.
  const wanted = withoutExcludedPlaces(full, index);
  const places = extractPlaces(wanted.text, index);
  // Each extractor reads the text with what earlier ones understood blanked out, so the "Beach"
  // of "Myrtle Beach" is no interest and the "16" of "March 16th" counts nobody.
  // "Munich for Oktoberfest": an event's name is no month.
  const events = findEvents(full);
  const noPlaces = maskSpans(full, [
    ...places.spans,
    ...events.filter((e) => e.hidesMonth).map((e) => e.span),
  ]);
  const originCountry =
    places.origin === null ? undefined : gazetteer.cities.find((c) => c.name === places.origin)?.country;
  // "from 8/1" out of Singapore is 8 January: numeric dates in the order of where the trip starts.
  const dates = extractDates(noPlaces.lower, options.today, { dayFirst: writesDayFirst(originCountry) });
  const noDates = maskSpans(noPlaces, dates.spans);
  const travellers = extractTravellers(noDates.lower);
  // "the Indy 500" names no amount.
  const noEvents = maskSpans(
    noDates,
    events.map((e) => e.span),
  );
  const budget = extractBudget(
    noEvents.lower,
    travellers.travellers,
    dates.days,
    homeCurrency(originCountry),
  );
  const rest = maskSpans(noEvents, budget.spans).lower;
  const houseRules = extractHouseRules(rest);
  const cuisines = extractCuisines(rest);
  const preferences = extractPreferences(rest);
  const wishes = extractWishes(rest);

  const warnings = [
    ...places.warnings,
    ...dates.warnings,
    ...travellers.warnings,
    ...budget.warnings,
    ...houseRules.warnings,
    ...preferences.warnings,
    ...wishes.warnings,
    // A luxury trip's meals climb in price, so fine dining is no unmet need there.
    ...findUnmodelledNeeds(rest).filter((w) => wishes.comfort !== 'luxury' || !w.includes('fine dining')),
  ];
  const notes = [
    ...aliased.notes,
    ...settled.notes,
    ...corrected.notes,
    ...wanted.excluded.map((name) => `Left out ${name}, which the request rules out.`),
    ...places.notes,
    ...dates.notes,
    ...budget.notes,
    ...cuisines.notes,
    ...preferences.notes,
    ...wishes.notes,
  ];
  // "Austin for SXSW": the event is the only timing, so the question names it.
  const timedBy = dates.startDate === null ? events[0] : undefined;
  if (timedBy !== undefined) warnings.push(eventDateWarning(timedBy));
  const problems = firstPerField([
    ...aliased.problems,
    ...places.problems,
    ...dates.problems,
    ...(timedBy === undefined ? [] : [eventDateProblem(timedBy)]),
    ...travellers.problems,
    ...budget.problems,
  ]);
  const asked = new Set(problems.map((p) => p.field));
  let days = dates.days;
  let destination = asked.has('destination')
    ? null
    : finishDestination(places.destination, days, warnings, gazetteer);
  if (!asked.has('destination'))
    destination = touristAreaDestination(full.lower, destination, gazetteer.cities, warnings, places.origin);
  if (destination?.kind === 'city' && destination.city === places.origin && !asked.has('origin')) {
    // "San Francisco to Napa" with Napa planned in San Francisco, the nearest city known: a trip
    // to where it starts is no trip; ask rather than fail after planning.
    problems.push({
      field: 'destination',
      message: `${destination.city} is where the trip starts; which city should it go to?`,
    });
    destination = null;
  }
  const stopNights =
    destination?.kind === 'cities' && destination.stops.every((s) => s.nights !== null)
      ? destination.stops.reduce((sum, s) => sum + (s.nights ?? 0), 0)
      : null;
  // "3 weeks in Japan: Tokyo for 8 nights, Kyoto for 6, Osaka for 5": weeks are a round figure,
  // the nights counted out per stop are the plan (19 nights: 20 days, where 21 were refused). The
  // note below says what the nights make.
  if (
    stopNights !== null &&
    days !== null &&
    dates.lengthInWeeks &&
    days !== stopNights + 1 &&
    Math.abs(days - (stopNights + 1)) <= 3
  )
    days = null;
  if (stopNights !== null && days !== null && dates.lengthFromPeriod && days !== stopNights + 1) {
    // "3 nights in Rome, 2 in Florence … the first week of June": the week says when, the
    // nights say how long.
    warnings.push(
      `The nights per stop make ${stopNights + 1} days, ${stopNights + 1 > days ? 'more' : 'fewer'} than the ${days} days of the period named; planning the nights.`,
    );
    days = null;
  }
  if (destination?.kind === 'cities' && stopNights !== null && days === null) {
    const nights = stopNights;
    days = nights + 1;
    const unread = warnings.indexOf('The trip length was not found.');
    if (unread >= 0) warnings.splice(unread, 1);
    notes.push(`${nights} nights across ${destination.stops.length} cities: ${days} days in all.`);
  }
  if (travellers.travellers > 1) notes.push(`Counted ${travellers.travellers} travellers.`);
  const tripType = places.returnTo !== null ? 'open-jaw' : (wishes.tripType ?? 'round-trip');
  if (places.returnTo !== null) notes.push(`The trip ends in ${places.returnTo}, not where it starts.`);
  const excludedModes = extractExcludedModes(rest);
  const draft = TripSpecDraft.parse({
    origin: asked.has('origin') ? null : places.origin,
    destination,
    tripType,
    returnTo: places.returnTo,
    startDate: dates.startDate,
    days,
    travellers: travellers.travellers,
    budget: budget.budget,
    ...(budget.approximate ? { budgetApproximate: true } : {}),
    constraints: {
      roomType: extractRoomType(rest),
      houseRules: houseRules.houseRules,
      cuisines: cuisines.cuisines,
      avoidedCuisines: cuisines.avoided,
      excludedModes,
      dietary: wishes.dietary,
      flightTimes: wishes.flightTimes,
      maxPricePerNight: budget.maxPricePerNight,
    },
    preferences: {
      ...preferences.preferences,
      comfort: wishes.comfort,
      preferredModes: wishes.preferredModes.filter((m) => !excludedModes.includes(m)),
    },
    notes,
    warnings,
    problems,
  });
  return { draft, warnings };
}
