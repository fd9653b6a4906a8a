import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { createItineraryAgent } from '../../agents/itinerary/itinerary.agent.js';
import type { ItinerarySubmission, ItineraryTask } from '../../agents/itinerary/itinerary.schema.js';
import type { Restaurant, Sight } from '../../tools/domain/inventory.schema.js';
import type { PlanDay } from '../../tools/domain/plan.schema.js';
import { dayMealCost } from '../../tools/planning/cost.js';
import { type DayFrame, dayFrames } from '../../tools/planning/day-frames.js';
import { noteLovedCuisines } from '../../tools/planning/meal-cuisine-notes.js';
import { cityCountries } from '../../tools/planning/meal-local-kitchens.js';
import { noteLocalFood } from '../../tools/planning/meal-local-notes.js';
import type { TripSelection } from '../../tools/planning/planning.types.js';
import { noteRestaurantRepeats } from '../../tools/planning/repeat-notes.js';
import { noteLongRoads } from '../../tools/planning/road-limits.js';
import { noteStopovers } from '../../tools/planning/road-stopovers.js';
import { noteFreeDays } from '../../tools/planning/sight-plan.js';
import { oncePerStay } from '../../tools/planning/stay-notes.js';
import { noteTransitNights } from '../../tools/planning/transit-nights.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { modelFor } from '../model-for.js';
import { progress } from '../progress.js';
import { runAgentInNode } from '../run-agent-node.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';
import { cityCatalogue } from './world-lookups.js';

function stayFor(selection: TripSelection, frame: DayFrame): string | null {
  if (frame.nightCity === null) return null;
  const booking = selection.stays.find(
    (b) => b.city === frame.nightCity && frame.day >= b.firstNight && frame.day < b.firstNight + b.nights,
  );
  return booking?.stay.name ?? null;
}

/**
 * Turns the agent's names into records of that day's cities. A name that does not exist there is
 * dropped; the validator then reports the gap and the agent gets it back as a critique.
 */
function resolveDays(
  frames: readonly DayFrame[],
  submission: ItinerarySubmission,
  selection: TripSelection,
  catalogue: { restaurants: Record<string, Restaurant[]>; sights: Record<string, Sight[]> },
): PlanDay[] {
  return frames.map((frame) => {
    const written = submission.days.find((d) => d.day === frame.day);
    const cities = [frame.city, frame.fromCity].filter((c): c is string => c !== null);
    const find = <T extends { name: string }>(lists: Record<string, T[]>, name: string | null | undefined) =>
      name ? (cities.flatMap((c) => lists[c] ?? []).find((item) => item.name === name) ?? null) : null;
    return {
      day: frame.day,
      date: frame.date,
      fromCity: frame.fromCity,
      city: frame.city,
      breakfast: find(catalogue.restaurants, written?.breakfast),
      lunch: find(catalogue.restaurants, written?.lunch),
      dinner: find(catalogue.restaurants, written?.dinner),
      sights: (written?.sights ?? [])
        .map((name) => find(catalogue.sights, name))
        .filter((s): s is Sight => s !== null),
      accommodation: stayFor(selection, frame),
      notes: written?.note ? [written.note] : [],
    };
  });
}

export function createItineraryNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const { spec, selection } = state;
    if (!spec || !selection) throw new Error('itinerary ran without a selection');
    const kept = new Map(state.keepDays.map((d) => [d.day, d]));
    const frames = dayFrames(spec, selection.route, selection.legs).filter((f) => !kept.has(f.day));
    const catalogue = await cityCatalogue(deps.world, selection.route.cities);
    const task: ItineraryTask = {
      travellers: spec.travellers,
      cuisines: spec.constraints.cuisines,
      pace: spec.preferences.pace,
      interests: spec.preferences.interests,
      mealBudget:
        selection.mealBudget === null
          ? null
          : selection.mealBudget -
            state.keepDays.reduce((sum, d) => sum + dayMealCost(d, spec.travellers), 0),
      days: frames.map(({ day, date, city, fromCity }) => ({ day, date, city, fromCity })),
      critique: state.critique,
    };
    const agent = createItineraryAgent({
      world: deps.world,
      spec,
      selection,
      ...catalogue,
      keep: state.keepDays,
    });
    const instruction =
      state.critique.length > 0
        ? 'Revise the itinerary: fix every problem in the critique.'
        : 'Plan every day of this trip.';
    const { output, record } = await runAgentInNode(
      deps,
      agent,
      modelFor(deps, 'itinerary', state.request.model),
      instruction,
      task,
      config,
    );
    const planned = resolveDays(frames, output, selection, catalogue);
    const noted = noteFreeDays(
      oncePerStay(
        [...planned, ...kept.values()].sort((a, b) => a.day - b.day),
        new Set(planned.map((d) => d.day)),
        spec.ruleset,
      ),
      catalogue.sights,
      selection.legs,
    );
    const loved = noteLovedCuisines(
      spec,
      noteRestaurantRepeats(
        spec,
        noteTransitNights(
          noteStopovers(noteLongRoads(spec, noted, selection.legs), selection.route, selection.legs),
          selection.legs,
          spec.ruleset,
        ),
        catalogue.restaurants,
      ),
      catalogue.restaurants,
    );
    const countries = cityCountries(
      (name) => deps.world.resolveCity(name),
      [spec.origin, ...selection.route.cities],
    );
    const days = noteLocalFood(spec, loved, countries);
    const keptNote = kept.size > 0 ? ` (${kept.size} kept as they were)` : '';
    progress(config, {
      type: 'node',
      node: 'itinerary',
      message: `${planned.length} days planned${keptNote}`,
    });
    return { days, agentRuns: { itinerary: [record] } };
  };
}
