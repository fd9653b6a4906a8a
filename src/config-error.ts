/**
 * The error loadConfig throws for a bad environment, in a module of its own so code that only
 * needs to recognise it (the CLI's failure report, loaded on every start) does not load zod and
 * the whole settings schema.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError;
}
