import { z } from 'zod';
import { defineTool, ToolArgumentError } from '../define-tool.js';
import type { Restaurant, Sight } from '../domain/inventory.schema.js';
import type { PlanDay } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { dayMealCost } from '../planning/cost.js';
import { cityCountries } from '../planning/meal-local-kitchens.js';
import type { TripSelection } from '../planning/planning.types.js';
import { scheduleDays } from '../planning/schedule-days.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { ItineraryDay, toItineraryDay } from './itinerary-day.schema.js';

export const DraftItineraryInput = z.object({
  preferredRestaurants: z.array(z.string()).default([]).describe('Restaurant names to use where they fit'),
  preferredSights: z.array(z.string()).default([]).describe('Sight names to use where they fit'),
});
export const DraftItineraryOutput = z.object({
  days: z.array(
    ItineraryDay.extend({
      city: z.string(),
      fromCity: z.string().nullable(),
      accommodation: z.string().nullable(),
    }),
  ),
  mealCost: z.number(),
  mealBudget: z.number().nullable(),
});

export interface DraftItineraryDeps {
  spec: TripSpec;
  selection: TripSelection;
  restaurants: Record<string, Restaurant[]>;
  sights: Record<string, Sight[]>;
  /** Days a repair keeps as they are: the draft plans around them and returns only the others. */
  keep?: readonly PlanDay[];
  /** Where the cities are: a city abroad for the party gets its own food often. Absent: all at home. */
  world?: Pick<WorldProvider, 'resolveCity'>;
}

/**
 * The deterministic day scheduler as a tool: it respects meal times around each leg, the meal
 * budget, cuisines and no-repeat rules, and honours the model's preferences where they fit.
 */
export function createDraftItineraryTool(deps: DraftItineraryDeps) {
  return defineTool({
    name: 'draft_itinerary',
    description:
      'Drafts every day of the trip (breakfast, lunch, dinner, sights) within the meal budget, with no repeats and all required cuisines, timed around the travel legs. Pass the restaurants and sights you prefer; submit the result or adjust it.',
    input: DraftItineraryInput,
    output: DraftItineraryOutput,
    run: ({ preferredRestaurants, preferredSights }) => {
      const outcome = scheduleDays({
        spec: deps.spec,
        selection: deps.selection,
        restaurants: deps.restaurants,
        sights: deps.sights,
        preferred: { restaurants: preferredRestaurants, sights: preferredSights },
        keep: deps.keep,
        countries: cityCountries(
          (name) => deps.world?.resolveCity(name),
          [deps.spec.origin, ...deps.selection.route.cities],
        ),
      });
      if (!outcome.feasible) throw new ToolArgumentError(outcome.infeasibility.reasons.join(' '));
      const kept = new Set((deps.keep ?? []).map((d) => d.day));
      const drafted = outcome.days.filter((d) => !kept.has(d.day));
      const mealCost = drafted.reduce((sum, d) => sum + dayMealCost(d, deps.spec.travellers), 0);
      return {
        days: drafted.map((d) => ({
          ...toItineraryDay(d),
          city: d.city,
          fromCity: d.fromCity,
          accommodation: d.accommodation,
        })),
        mealCost,
        mealBudget: deps.selection.mealBudget,
      };
    },
  });
}
