import type { PlanDay } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { stayTier } from './comfort.js';
import { formatMoney } from './money.js';
import type { StayChoice } from './stay-options.js';

/**
 * What a luxury wish bought, per city: the stay chosen over the plainest luxury-tier one the
 * city lists ("Paris: The Le Marais Palatial suite, ★4.8, $793/night, the grandest stay listed
 * there; luxury stays there start at $202/night"). Empty for any other wish, or when the money
 * bought no more than the plainest luxury stay.
 */
export function luxuryUpgrades(
  spec: Pick<TripSpec, 'preferences' | 'budget'>,
  perCity: readonly (readonly StayChoice[])[],
  chosen: readonly StayChoice[],
): string[] {
  if (spec.preferences.comfort !== 'luxury') return [];
  const currency = spec.budget?.currency ?? 'USD';
  return chosen.flatMap((choice, i) => {
    const luxury = (perCity[i] ?? []).filter((c) => stayTier(c.booking.stay) === 'luxury');
    const plainest = luxury.reduce<StayChoice | null>(
      (low, c) => (low === null || c.booking.stay.pricePerNight < low.booking.stay.pricePerNight ? c : low),
      null,
    );
    const { stay, city } = choice.booking;
    if (!plainest || stay.pricePerNight <= plainest.booking.stay.pricePerNight) return [];
    const grandest = luxury.every((c) => c.rating <= choice.rating + 1e-9)
      ? ', the grandest stay listed there'
      : '';
    return [
      `${city}: ${stay.name} (★${stay.rating}, ${formatMoney(stay.pricePerNight, currency)}/night${grandest}; ` +
        `luxury stays there start at ${formatMoney(plainest.booking.stay.pricePerNight, currency)}/night)`,
    ];
  });
}

/**
 * The summary's sentence on a luxury trip's upgrades: the stays bought (see `luxuryUpgrades`) and
 * what the meals average a person, so a total well under the budget reads as the best on offer.
 */
export function luxurySentence(
  upgrades: readonly string[],
  days: readonly PlanDay[],
  currency: string,
): string {
  if (upgrades.length === 0) return '';
  const meals = days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
  const average = meals.length === 0 ? 0 : meals.reduce((sum, r) => sum + r.averageCost, 0) / meals.length;
  const rating = meals.length === 0 ? 0 : meals.reduce((sum, r) => sum + r.rating, 0) / meals.length;
  const table =
    meals.length === 0
      ? ''
      : `; meals average ${formatMoney(Math.round(average), currency)} a person at ★${rating.toFixed(1)}`;
  return ` Luxury upgrades: ${upgrades.join('; ')}${table}.`;
}
