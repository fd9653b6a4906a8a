export type AgentErrorCode = 'too-many-tool-errors' | 'step-limit' | 'model-failed';

/** An agent could not produce its answer; retrying the same model call rarely helps. */
export class AgentError extends Error {
  override readonly name = 'AgentError';
  constructor(
    readonly code: AgentErrorCode,
    readonly agent: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${agent} agent: ${message}`, options);
  }
}

export function isAgentError(error: unknown): error is AgentError {
  return error instanceof AgentError;
}
