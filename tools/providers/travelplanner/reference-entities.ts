import type {
  Flight,
  GroundMode,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
} from '../../domain/inventory.schema.js';
import type {
  AccommodationRecord,
  AttractionRecord,
  FlightRecord,
  RestaurantRecord,
} from './reference-records.schema.js';
import { minutesBetween, readDurationMinutes, readNumber } from './reference-values.js';

/** Maps parsed dataset records onto our domain schemas; `city` is always the canonical name. */

function rating(value: number | null): number {
  return value === null ? 0 : Math.min(5, Math.max(0, value));
}

export function toSight(record: AttractionRecord, city: string): Sight {
  const { Latitude: lat, Longitude: lon } = record;
  return {
    name: record.Name,
    city,
    category: null,
    location: lat !== null && lon !== null ? { lat, lon } : null,
    address: record.Address,
  };
}

export function toRestaurant(record: RestaurantRecord, city: string, cuisines: string[]): Restaurant {
  return {
    name: record.Name,
    city,
    cuisines,
    // TravelPlanner's data says nothing about diets: no need is claimed.
    dietary: [],
    averageCost: record['Average Cost'],
    rating: rating(record['Aggregate Rating']),
  };
}

export function toStay(record: AccommodationRecord, city: string): Stay {
  return {
    name: record.NAME,
    city,
    roomType: record['room type'],
    forbids: record.house_rules,
    // The dataset stores counts as floats ("2.0"); a stay always takes at least one night and guest.
    minimumNights: Math.max(1, Math.ceil(record['minimum nights'])),
    maximumOccupancy: Math.max(1, Math.round(record['maximum occupancy'])),
    rating: rating(record['review rate number']),
    pricePerNight: record.price,
  };
}

export function toFlight(record: FlightRecord, from: string, to: string): Flight {
  const elapsed =
    record.ActualElapsedTime === null ? undefined : readDurationMinutes(record.ActualElapsedTime);
  // Elapsed time is the dataset's own figure (clock times are local, so their difference is not
  // the duration); fall back to the clock difference only when it is missing.
  const duration = elapsed ?? minutesBetween(record.DepTime, record.ArrTime);
  return {
    flightNumber: record['Flight Number'],
    from,
    to,
    date: record.FlightDate,
    departureTime: record.DepTime,
    arrivalTime: record.ArrTime,
    durationMinutes: Math.max(1, duration),
    distanceKm: record.Distance,
    price: record.Price,
  };
}

const GROUND_TEXT =
  /duration:\s*(?<duration>[^,]*),\s*distance:\s*(?<distance>[\d,.]*)\s*km,\s*cost:\s*(?<cost>[\d,.]*)\s*$/i;

/**
 * "self-driving, from A to B, duration: 8 hours 25 mins, distance: 902 km, cost: 45" → a route.
 * An empty cost means the dataset has no such route (null); unreadable text is undefined.
 */
export function readGroundRoute(
  text: string,
  mode: GroundMode,
  from: string,
  to: string,
): GroundRoute | null | undefined {
  const groups = GROUND_TEXT.exec(text)?.groups;
  if (!groups) return undefined;
  if ((groups.cost ?? '').trim() === '') return null;
  const cost = readNumber(groups.cost);
  const distanceKm = readNumber(groups.distance);
  const durationMinutes = readDurationMinutes(groups.duration ?? '');
  if (cost === undefined || distanceKm === undefined || durationMinutes === undefined) return undefined;
  return { mode, from, to, durationMinutes, distanceKm, cost };
}
