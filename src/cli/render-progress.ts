import type { ProgressEvent } from '../../graphs/progress.js';

/** One line per agent step or graph node, for stderr. */
export function renderProgress(event: ProgressEvent): string {
  if (event.type === 'node') return `  · ${event.node.padEnd(9)} ${event.message}`;
  const mark = event.kind === 'tool-error' ? '!' : event.kind === 'submitted' ? '✓' : '›';
  return `  ${mark} ${event.agent.padEnd(9)} round ${event.round}: ${event.kind === 'model' ? 'calls ' : ''}${event.message}`;
}
