import { type BaseMessage, HumanMessage } from '@langchain/core/messages';

const MARKER = 'TASK (JSON):';

/** The human turn that hands an agent its task: a sentence for the model plus the task as JSON. */
export function taskMessage(instruction: string, task: unknown): HumanMessage {
  return new HumanMessage(`${instruction}\n\n${MARKER}\n${JSON.stringify(task)}`);
}

/** Reads the task back out of a conversation (used by the offline model's policies). */
export function readTask<T>(messages: readonly BaseMessage[]): T {
  const human = messages.find((m) => m.getType() === 'human' && String(m.content).includes(MARKER));
  if (!human) throw new Error('no task message in the conversation');
  const text = String(human.content);
  return JSON.parse(text.slice(text.indexOf(MARKER) + MARKER.length)) as T;
}
