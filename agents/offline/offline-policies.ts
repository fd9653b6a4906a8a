import { SUBMIT_TRANSPORT } from '../flights/flights.agent.js';
import { flightsPolicy } from '../flights/offline-policy.js';
import { SUBMIT_STAYS } from '../hotels/hotels.agent.js';
import { hotelsPolicy } from '../hotels/offline-policy.js';
import { SUBMIT_TRIP_SPEC } from '../intake/intake.agent.js';
import { createIntakePolicy } from '../intake/offline-policy.js';
import type { Gazetteer } from '../intake/parse-request.js';
import { SUBMIT_ITINERARY } from '../itinerary/itinerary.agent.js';
import { itineraryPolicy } from '../itinerary/offline-policy.js';
import { OfflineChatModel, type OfflineModelOptions, type OfflinePolicy } from './offline-chat-model.js';

/** The offline model with every agent's policy; it knows the world's place names (its "training"). */
export function createOfflineModel(
  options: { gazetteer: Gazetteer } & OfflineModelOptions,
): OfflineChatModel {
  const policies = new Map<string, OfflinePolicy>([
    [SUBMIT_TRIP_SPEC, createIntakePolicy(options.gazetteer)],
    [SUBMIT_TRANSPORT, flightsPolicy],
    [SUBMIT_STAYS, hotelsPolicy],
    [SUBMIT_ITINERARY, itineraryPolicy],
  ]);
  return new OfflineChatModel(policies, [], {
    latencyMs: options.latencyMs,
    structuredOutput: options.structuredOutput,
  });
}
