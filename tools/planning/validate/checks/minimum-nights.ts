import type { PlanDraft } from '../../../domain/plan.schema.js';
import { entityKey, sameName } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, listText, quoted } from '../format.js';
import { bookedNights, bookingsForNight, type NightStay, nightStays } from '../plan-view.js';
import type { WorldFacts } from '../world-facts.js';

/** Consecutive nights at one stay, as the days' accommodation fields show them. */
function runsOfNights(nights: readonly NightStay[]): NightStay[][] {
  const runs: NightStay[][] = [];
  for (const night of nights) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const continues =
      previous !== undefined &&
      previous.day + 1 === night.day &&
      entityKey(previous.name, previous.city) === entityKey(night.name, night.city);
    if (run && continues) run.push(night);
    else runs.push([night]);
  }
  return runs;
}

function runProblems(draft: PlanDraft, facts: WorldFacts): string[] {
  return runsOfNights(nightStays(draft, facts.stays)).flatMap((run) => {
    const first = run[0];
    const stay = run.find((n) => n.stay)?.stay;
    // An unknown stay is within-sandbox's finding; its minimum is unknowable here.
    if (!first || !stay || run.length >= stay.minimumNights) return [];
    const nights = run.length === 1 ? '1 night' : `${run.length} nights`;
    return [
      `${dayRange(run.map((n) => n.day))}: ${nights} at ${quoted(stay.name)} in ${stay.city}, but it requires at least ${stay.minimumNights} consecutive nights; stay longer or choose a stay with a shorter minimum`,
    ];
  });
}

/** The bookings in `stays` and the days' accommodation fields must tell the same story. */
function bookingProblems(draft: PlanDraft): string[] {
  const problems: string[] = [];
  const lastNight = draft.days.length - 1;
  const accommodation = new Map(draft.days.map((d) => [d.day, d.accommodation]));
  for (const booking of draft.stays) {
    const name = quoted(booking.stay.name);
    for (const night of bookedNights(booking)) {
      const named = accommodation.get(night);
      if (night > lastNight) {
        problems.push(
          `the booking of ${name} covers the night of day ${night}, but the trip's last night is day ${lastNight}; shorten the booking`,
        );
      } else if (named === null || named === undefined) {
        problems.push(
          `the booking of ${name} covers the night of day ${night}, but day ${night} names no accommodation; name ${name} on day ${night}`,
        );
      } else if (!sameName(named, booking.stay.name)) {
        problems.push(
          `the booking of ${name} covers the night of day ${night}, but day ${night} names ${quoted(named)}; make the day and the booking agree`,
        );
      }
    }
  }
  for (const day of draft.days) {
    const bookings = bookingsForNight(draft.stays, day.day);
    if (bookings.length > 1) {
      problems.push(
        `the night of day ${day.day} is booked ${bookings.length} times (${listText(bookings.map((b) => quoted(b.stay.name)))}); keep one booking per night`,
      );
    }
    if (day.accommodation !== null && bookings.length === 0) {
      problems.push(
        `day ${day.day} names accommodation ${quoted(day.accommodation)}, but no booking covers that night; add it to the stays`,
      );
    }
  }
  return problems;
}

/** Commonsense 8: every run of nights at one stay lasts at least that stay's minimum. */
export function checkMinimumNights({ draft, facts }: CheckContext): CheckResult {
  return checkResult([...runProblems(draft, facts), ...bookingProblems(draft)]);
}
