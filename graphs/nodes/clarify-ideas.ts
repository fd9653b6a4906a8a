import { budgetInQuoteCurrency } from '../../tools/domain/currency.js';
import { missingEssentials, type TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';
import { type DestinationIdea, destinationIdeas } from '../../tools/planning/destination-ideas.js';
import { destinationWishes } from '../../tools/planning/destination-wishes.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';

/**
 * Destinations to suggest when a request says what it wants but not where ("somewhere warm with
 * beaches in February"): asking "where?" alone leaves the traveller to do the planner's work.
 */
export function ideasFor(
  world: WorldProvider,
  text: string,
  draft: TripSpecDraft,
): Promise<DestinationIdea[]> {
  // Ideas are a courtesy: a source that fails while they are gathered costs them, not the question.
  return destinationIdeas(world, {
    origin: draft.origin,
    startDate: draft.startDate,
    days: draft.days,
    travellers: draft.travellers,
    budgetUsd: draft.budget ? (budgetInQuoteCurrency(draft.budget)?.amount ?? null) : null,
    wishes: destinationWishes(text, draft.preferences.interests),
  }).catch(() => []);
}

/** The ideas a draft's question will offer: none unless the draft names no destination. */
export async function ideasForDraft(
  world: WorldProvider,
  text: string,
  draft: TripSpecDraft,
): Promise<DestinationIdea[]> {
  return missingEssentials(draft).includes('destination') ? ideasFor(world, text, draft) : [];
}

/** "Some that fit what you asked for: Cancún, Miami or San Juan." (the reasons travel with the question). */
export function ideasSentence(ideas: readonly DestinationIdea[]): string {
  if (ideas.length === 0) return '';
  const names = ideas.map((i) => i.city);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `Some that fit what you asked for: ${list}.`;
}
