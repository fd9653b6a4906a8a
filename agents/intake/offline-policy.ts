import type { OfflinePolicy } from '../offline/offline-chat-model.js';
import { roundsSoFar, toolResults } from '../offline/tool-results.js';
import { readTask } from '../task-message.js';
import { SUBMIT_TRIP_SPEC } from './intake.agent.js';
import type { IntakeResult, IntakeTask } from './intake.schema.js';
import { type Gazetteer, type ParsedRequest, parseTripRequest } from './parse-request.js';

/**
 * Both rounds of a conversation read the same task, so its parse is kept for the second round,
 * keyed by the task message itself (alive exactly as long as the conversation): about a tenth of
 * an offline plan's CPU was the second, identical parse.
 */
const parsedByTask = new WeakMap<object, ParsedRequest>();

function parseTask(messages: Parameters<OfflinePolicy>[0], gazetteer: Gazetteer): ParsedRequest {
  const message = messages.find((m) => m.getType() === 'human');
  const known = message && parsedByTask.get(message);
  if (known) return known;
  const task = readTask<IntakeTask>(messages);
  const parsed = parseTripRequest(task.text, gazetteer, { today: task.today });
  if (message) parsedByTask.set(message, parsed);
  return parsed;
}

/**
 * Round 1: parse the text with the rule-based parser and check the places it found with
 * lookup_place. Round 2: submit the draft, dropping places the lookup rejected.
 */
export function createIntakePolicy(gazetteer: Gazetteer): OfflinePolicy {
  return (messages) => {
    const { draft, warnings } = parseTask(messages, gazetteer);
    const places = [
      draft.origin,
      ...(draft.destination?.kind === 'region' ? [draft.destination.region] : []),
      ...(draft.destination?.kind === 'city' ? [draft.destination.city] : []),
      ...(draft.destination?.kind === 'cities' ? draft.destination.stops.map((s) => s.city) : []),
    ];
    const toCheck = places.filter((p): p is string => typeof p === 'string');
    if (roundsSoFar(messages) === 0 && toCheck.length > 0) {
      return { toolCalls: toCheck.map((name) => ({ name: 'lookup_place', args: { name } })) };
    }
    const rejected = new Set(
      toolResults(messages)
        .filter((r) => r.failed)
        .map((r) => String(r.args.name)),
    );
    const result: IntakeResult = { ...draft, warnings: [...warnings] };
    // Each place is judged on its own: an unknown destination never costs a known origin.
    if (result.origin && rejected.has(result.origin)) {
      result.warnings.push(`Unknown origin "${result.origin}".`);
      result.origin = null;
    }
    const destinationNames = places.slice(1).filter((p): p is string => typeof p === 'string');
    const unknown = destinationNames.filter((name) => rejected.has(name));
    if (unknown.length > 0) {
      result.warnings.push(...unknown.map((name) => `Unknown destination "${name}".`));
      result.destination = null;
    }
    return { toolCalls: [{ name: SUBMIT_TRIP_SPEC, args: result }] };
  };
}
