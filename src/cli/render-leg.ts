import type { Flight, Train } from '../../tools/domain/inventory.schema.js';
import type { TransportLeg } from '../../tools/domain/plan.schema.js';
import { daysBetween, zoneAbbreviation } from '../../tools/domain/time-zone.js';
import { formatMoney } from '../../tools/planning/money.js';

/** "12 h 48 min", "55 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')} min`;
}

/** "16:00 BST": a local time with its zone's short name, when the record knows the zone. */
function localTime(time: string, zone: string | undefined, at: string | undefined): string {
  if (!zone || !at) return time;
  const instant = Date.parse(at);
  return Number.isNaN(instant) ? time : `${time} ${zoneAbbreviation(zone, instant)}`;
}

function timetabled(
  kind: string,
  number: string,
  leg: TransportLeg,
  record: Flight | Train,
  cost: string,
): string {
  const leaves = localTime(record.departureTime, record.departureZone, record.departureAt);
  const lands = localTime(record.arrivalTime, record.arrivalZone, record.arrivalAt);
  const days = record.arrivalDate ? daysBetween(record.date, record.arrivalDate) : 0;
  const later = days > 0 ? ` (+${days} day${days === 1 ? '' : 's'})` : '';
  // Durations are only shown when measured across zones; unzoned (TravelPlanner) times stand alone.
  const duration = record.departureZone ? `, ${formatDuration(record.durationMinutes)}` : '';
  return `${kind} ${number} ${leg.from} ${leaves} → ${leg.to} ${lands}${later}${duration} (${cost})`;
}

/**
 * One leg as a line of the CLI plan: flights and trains with local times and zone abbreviations
 * at each end ("flight VS503 London 16:00 BST → Tokyo 12:48 GMT+9 (+1 day), 12 h 48 min"),
 * road legs with when they leave (`leaves`, as the plan's day was planned around them), distance,
 * hours and vehicles.
 */
export function describeLeg(leg: TransportLeg, currency: string, leaves?: string): string {
  const cost = formatMoney(leg.cost, currency);
  if (leg.mode === 'flight') return timetabled('flight', leg.flight.flightNumber, leg, leg.flight, cost);
  if (leg.mode === 'rail') return timetabled('train', leg.train.trainNumber, leg, leg.train, cost);
  const hours = (leg.route.durationMinutes / 60).toFixed(1);
  const vehicles = leg.vehicles > 1 ? ` × ${leg.vehicles} ${leg.mode === 'taxi' ? 'taxis' : 'cars'}` : '';
  const when = leaves ? ` ${leaves}` : '';
  return `${leg.mode} ${leg.from}${when} → ${leg.to}, ${Math.round(leg.route.distanceKm)} km, ${hours} h${vehicles} (${cost})`;
}
