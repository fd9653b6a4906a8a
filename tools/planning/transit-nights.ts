import type { PlanDay, StayBooking, TransportLeg } from '../domain/plan.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';
import { stayCost } from './cost.js';
import { legTimes } from './leg-times.js';

const MINUTES_PER_DAY = 24 * 60;
/**
 * A party landing by this hour of the next morning still needs the night's bed (a 00:17 landing
 * checks in at once); landing later, it spent the night on the plane or train.
 */
const BED_NEEDED_BEFORE = 8 * 60;
/**
 * A party aboard since an earlier day (in the air all day: Los Angeles → Sydney leaves on day 1
 * and lands at 07:32 on day 3) needs that night's bed only for a landing in the small hours, as
 * leg scores count a night landing (transport-options.ts); landing later, it slept aboard. A room
 * booked for that night was paid while the day's note said "in the air all day".
 */
const BED_NEEDED_BEFORE_AFTER_A_DAY_ABOARD = 5 * 60;

/**
 * Whether the night of trip day `night` is spent travelling: a leg of that day or earlier lands
 * after the next morning (Los Angeles → Tokyo leaves day 1 and lands at 13:06 on day 2), or, a
 * leg of an earlier day, after the small hours. Under TravelPlanner's rules every night is slept
 * in a stay.
 */
export function nightInTransit(legs: readonly TransportLeg[], night: number, ruleset: Ruleset): boolean {
  if (ruleset === 'travelplanner') return false;
  return legs.some((leg) => {
    if (leg.day > night) return false;
    const bedBefore = leg.day < night ? BED_NEEDED_BEFORE_AFTER_A_DAY_ABOARD : BED_NEEDED_BEFORE;
    const morningAfter = (night - leg.day + 1) * MINUTES_PER_DAY + bedBefore;
    return legTimes(leg).arrival >= morningAfter;
  });
}

/**
 * A booking without the nights its party spends in the air before arriving: the room is booked
 * from the night they land, and its cost is the nights slept. A booking whose stay would then
 * fall below its minimum nights (or to none) is kept whole: that night is paid to get the room.
 */
export function withoutTransitNights(
  booking: StayBooking,
  legs: readonly TransportLeg[],
  travellers: number,
  ruleset: Ruleset,
): StayBooking {
  let { firstNight, nights } = booking;
  while (nights > 1 && nightInTransit(legs, firstNight, ruleset)) {
    firstNight += 1;
    nights -= 1;
  }
  if (nights === booking.nights || nights < booking.stay.minimumNights) return booking;
  return { ...booking, firstNight, nights, cost: stayCost(booking.stay, travellers, nights) };
}

/** The note on a night spent travelling, so a day without a stay reads as meant. */
export function transitNightNote(leg: TransportLeg): string {
  return `Overnight on the way to ${leg.to}: no stay tonight, the room is booked from the night you land.`;
}

/** Days whose night is spent on an overnight leg, noted (the plan books no room for them). */
export function noteTransitNights(
  days: readonly PlanDay[],
  legs: readonly TransportLeg[],
  ruleset: Ruleset,
): PlanDay[] {
  return days.map((day) => {
    if (day.accommodation !== null || !nightInTransit(legs, day.day, ruleset)) return day;
    const leg = [...legs].reverse().find((l) => l.day <= day.day);
    if (!leg || day.day === days.length) return day;
    const note = transitNightNote(leg);
    return day.notes.includes(note) ? day : { ...day, notes: [...day.notes, note] };
  });
}
