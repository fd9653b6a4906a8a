import { type BaseMessage, HumanMessage } from '@langchain/core/messages';

const MARKER = 'TASK (JSON):';

/** The human turn that hands an agent its task: a sentence for the model plus the task as JSON. */
export function taskMessage(instruction: string, task: unknown): HumanMessage {
  return new HumanMessage(`${instruction}\n\n${MARKER}\n${JSON.stringify(task)}`);
}

/**
 * Each task message's task, parsed once: a policy reads it again every round (the itinerary
 * agent's three rounds, a 3-city trip's 42 hops each time). Keyed by the message, so it lives as
 * long as the conversation. Policies only read the task.
 */
const tasks = new WeakMap<BaseMessage, unknown>();

/** Reads the task back out of a conversation (used by the offline model's policies). */
export function readTask<T>(messages: readonly BaseMessage[]): T {
  // The task read before, found without searching message texts (an itinerary task runs to KBs).
  for (const message of messages) if (tasks.has(message)) return tasks.get(message) as T;
  const human = messages.find((m) => m.getType() === 'human' && String(m.content).includes(MARKER));
  if (!human) throw new Error('no task message in the conversation');
  const text = String(human.content);
  const task: unknown = JSON.parse(text.slice(text.indexOf(MARKER) + MARKER.length));
  tasks.set(human, task);
  return task as T;
}
