import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Every setting the service reads from the environment; nothing else touches process.env. */
export const ConfigSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Default model for every agent when a hosted model is configured. */
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OPENAI_MODEL_INTAKE: optionalText,
  OPENAI_MODEL_FLIGHTS: optionalText,
  OPENAI_MODEL_HOTELS: optionalText,
  OPENAI_MODEL_ITINERARY: optionalText,
  /** Seed of the sandbox world's synthesized inventory. */
  SANDBOX_SEED: z.coerce.number().int().min(0).default(1),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once at start-up; every problem is listed, not just the first. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError;
}
