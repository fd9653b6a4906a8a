import { CommanderError } from 'commander';
import { isConfigError } from '../config-error.js';

/** Exit codes: scripts can tell "ask the user" from "cannot be done" from a crash (see README). */
export const EXIT = { ok: 0, crash: 1, needsInput: 2, notPlannable: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type CliErrorCode = 'usage' | 'unreachable' | 'refused' | 'config';

/** A failure the CLI reports as one line and an exit code, never as a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    readonly exitCode: ExitCode,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

export function isCliError(error: unknown): error is CliError {
  return error instanceof CliError;
}

/** Node's and undici's network errors carry a code on the error or its cause. */
function networkCode(error: unknown): string | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_\w+)$/.test(code)) return code;
  }
  return undefined;
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
};

/** The innermost cause's message: fetch's "fetch failed" hides the reason ("bad port") in its cause. */
export function innermostMessage(error: unknown): string {
  let e = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

/** "connection refused (ECONNREFUSED)": what a person can act on, without the stack. */
export function describeNetworkError(error: unknown): string | undefined {
  const code = networkCode(error);
  if (!code) return undefined;
  return `${NETWORK_WORDS[code] ?? 'network error'} (${code})`;
}

/**
 * Anything thrown out of a command, as the one line to print and the documented exit code:
 * usage and configuration mistakes are the user's to fix (2); an unreachable server or Redis, and
 * anything unforeseen, are failures (1).
 */
export function describeFailure(error: unknown): { exitCode: ExitCode; message: string } {
  if (isCliError(error)) return { exitCode: error.exitCode, message: error.message };
  if (error instanceof CommanderError) {
    const helpShown = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    return {
      exitCode: helpShown || error.exitCode === 0 ? EXIT.ok : EXIT.needsInput,
      message: error.message.replace(/^error: /, ''),
    };
  }
  if (isConfigError(error)) {
    const oneLine = error.message.replace(/:\s*\n\s*/, ': ').replace(/\s*\n\s*/g, ' ');
    return { exitCode: EXIT.needsInput, message: oneLine };
  }
  const network = describeNetworkError(error);
  if (network) return { exitCode: EXIT.crash, message: `cannot connect: ${network}` };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT.crash, message: `internal error: ${message.split('\n')[0] ?? ''}` };
}
