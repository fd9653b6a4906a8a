import type { AgentEvent } from '../../agents/agent-events.js';
import type { ProgressEvent } from '../../graphs/progress.js';

/** The model asks for tools ("calls …"); the tools answer ("answered …"). */
const VERBS: Partial<Record<AgentEvent['kind'], string>> = { model: 'calls ', tools: 'answered ' };

/** One line per agent step or graph node, for stderr. */
export function renderProgress(event: ProgressEvent): string {
  if (event.type === 'node') return `  · ${event.node.padEnd(9)} ${event.message}`;
  const mark = event.kind === 'tool-error' ? '!' : event.kind === 'submitted' ? '✓' : '›';
  const verb = VERBS[event.kind] ?? '';
  return `  ${mark} ${event.agent.padEnd(9)} round ${event.round}: ${verb}${event.message}`;
}
