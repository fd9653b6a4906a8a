import { costBreakdown, vehiclesFor } from '../../cost.js';
import { isMarathonRoute } from '../../road-limits.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, modeNoun } from '../format.js';
import { expectedDate } from '../plan-view.js';
import { flightKey, groundKey } from '../world-facts.js';

/**
 * Hard: a party that prefers trains travels by train wherever the data lists one for the hop
 * and day, and a party that prefers to drive drives every hop when every hop can be driven within
 * a travel day (a car cannot be left behind for a flight, and the solver never makes a standard
 * trip drive longer than a day when something else goes; see road-limits.ts); unless the preferred way costs more than the money
 * the plan leaves unspent. Preferences for flights or taxis are orderings, not checked here.
 */
export function checkPreferredModes({ draft, facts }: CheckContext): CheckResult {
  const { spec } = draft;
  const preferred = spec.preferences.preferredModes;
  const excluded = spec.constraints.excludedModes;
  const total = costBreakdown(draft, spec.travellers, spec.budget?.amount ?? null, 'USD').total;
  const left = spec.budget === null ? Number.POSITIVE_INFINITY : spec.budget.amount - total;
  const problems: string[] = [];

  if (preferred.includes('rail') && !excluded.includes('rail')) {
    for (const leg of draft.legs) {
      if (preferred.includes(leg.mode)) continue;
      const trains = facts.trains.get(flightKey(leg.from, leg.to, expectedDate(spec, leg.day))) ?? [];
      const cheapest = [...trains].sort((a, b) => a.price - b.price)[0];
      if (!cheapest || cheapest.price * spec.travellers - leg.cost > left + 0.005) continue;
      problems.push(
        `day ${leg.day}: the ${legLabel(leg)} uses ${modeNoun(leg.mode)}, but the party prefers trains and train ${cheapest.trainNumber} (${cheapest.departureTime} → ${cheapest.arrivalTime}) runs that day; take a train`,
      );
    }
  }

  if (preferred.includes('self-driving') && !excluded.includes('self-driving')) {
    // A train does not keep the car with the party on standard trips (see non-conflicting-transport).
    const railKeepsCar = spec.ruleset === 'travelplanner' || preferred.includes('rail');
    const notDriven = draft.legs.filter(
      (leg) => leg.mode !== 'self-driving' && (leg.mode !== 'rail' || !railKeepsCar),
    );
    const drives = notDriven.map((leg) =>
      facts.groundRoutes.get(groundKey('self-driving', leg.from, leg.to)),
    );
    const extra = notDriven.reduce(
      (sum, leg, i) => sum + (drives[i]?.cost ?? 0) * vehiclesFor('self-driving', spec.travellers) - leg.cost,
      0,
    );
    const drivable = drives.every((d) => d !== undefined && !isMarathonRoute(spec, d));
    if (notDriven.length > 0 && drivable && extra <= left + 0.005) {
      for (const leg of notDriven) {
        problems.push(
          `day ${leg.day}: the ${legLabel(leg)} uses ${modeNoun(leg.mode)}, but the party prefers to drive and every hop of the trip can be driven; drive from ${leg.from} to ${leg.to}`,
        );
      }
    }
  }
  return checkResult(problems);
}
