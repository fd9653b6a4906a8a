import type { Sight, WeatherOutlook } from '../../tools/domain/inventory.schema.js';
import type { ItineraryDay } from '../../tools/itinerary/itinerary-day.schema.js';
import { matchesInterest } from '../../tools/planning/sight-interests.js';
import type { OfflinePolicy } from '../offline/offline-chat-model.js';
import { toolResults } from '../offline/tool-results.js';
import { readTask } from '../task-message.js';
import { SUBMIT_ITINERARY } from './itinerary.agent.js';
import type { ItinerarySubmission, ItineraryTask } from './itinerary.schema.js';

const WET = 0.6;

/**
 * Round 1: sights, restaurants and the weather of every city, in parallel.
 * Round 2: draft with the sights matching the travellers' interests preferred.
 * Round 3: submit the draft, with a note on wet days (or retry once without preferences).
 */
export const itineraryPolicy: OfflinePolicy = (messages) => {
  const task = readTask<ItineraryTask>(messages);
  const results = toolResults(messages);
  const drafts = results.filter((r) => r.name === 'draft_itinerary');
  const cities = [...new Set(task.days.map((d) => d.city))];

  if (results.length === 0) {
    return {
      toolCalls: cities.flatMap((city) => {
        const firstDate = task.days.find((d) => d.city === city)?.date ?? task.days[0]?.date;
        return [
          { name: 'search_sights', args: { city } },
          { name: 'search_restaurants', args: { city } },
          { name: 'weather_outlook', args: { city, date: firstDate } },
        ];
      }),
    };
  }
  const lastDraft = drafts.at(-1);
  if (!lastDraft) {
    const preferredSights = results
      .filter((r) => r.name === 'search_sights' && !r.failed)
      .flatMap((r) => (r.content as { sights: Sight[] }).sights)
      .filter((s) => task.interests.some((i) => matchesInterest(s, i)))
      .map((s) => s.name);
    return { toolCalls: [{ name: 'draft_itinerary', args: { preferredSights, preferredRestaurants: [] } }] };
  }
  if (lastDraft.failed && drafts.length === 1) {
    return {
      toolCalls: [{ name: 'draft_itinerary', args: { preferredSights: [], preferredRestaurants: [] } }],
    };
  }
  const wet = new Map(
    results
      .filter((r) => r.name === 'weather_outlook' && !r.failed)
      .map((r) => (r.content as { outlook: WeatherOutlook | null }).outlook)
      .filter((o): o is WeatherOutlook => o !== null && o.precipitationChance >= WET)
      .map((o) => [o.city, o.summary]),
  );
  const drafted = lastDraft.failed
    ? []
    : (lastDraft.content as { days: (ItineraryDay & { city: string })[] }).days;
  const submission: ItinerarySubmission = {
    days: drafted.map(({ city, day, breakfast, lunch, dinner, sights }) => ({
      day,
      breakfast,
      lunch,
      dinner,
      sights,
      note: wet.has(city) ? `Pack rain gear in ${city}: ${wet.get(city)}.` : null,
    })),
  };
  return { toolCalls: [{ name: SUBMIT_ITINERARY, args: submission }] };
};
