import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { STRUCTURED_OUTPUT_SETTINGS } from '../agents/structured-output.js';
import { ModelPrices } from '../tools/domain/usage.schema.js';
import { ConfigError } from './config-error.js';
import { parseClusterNodes, parseRedisTarget } from './runtime/redis-target.js';
import { type KindSetting, sourceNames } from './world/world-sources.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A source name for a world setting: trimmed, any case, unset or empty → undefined. */
function worldSource(setting: KindSetting | 'WORLD') {
  const names = sourceNames(setting);
  return optionalText
    .transform((name) => name?.toLowerCase())
    .refine((name) => name === undefined || names.includes(name), {
      message: `unknown source; ${setting} takes ${names.map((n) => `"${n}"`).join(', ')}`,
    });
}

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
  /** Models a request may choose (comma-separated); the configured ones are always allowed. */
  MODEL_ALLOWLIST: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((m) => m.trim())
        .filter((m) => m !== ''),
    ),
  /** One model request gives up after this long (then it is retried). */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Retries of a failed model request (429 honours Retry-After; 5xx and timeouts back off). */
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(20).default(4),
  /**
   * How hosted-model agents return their final answer: json_schema (a response format), tool_call
   * (a submit tool), or auto (json_schema; a server that refuses it gets tool calls from then on).
   */
  OPENAI_STRUCTURED_OUTPUT: z.enum(STRUCTURED_OUTPUT_SETTINGS).default('auto'),
  /** Concurrent requests per model per process (a worker plans many trips at once). */
  MODEL_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(16),
  /** Simulated latency per offline-model call (benchmarks and fault tests); 0 = none. */
  OFFLINE_MODEL_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** Seed of the sandbox world's synthesized inventory. */
  SANDBOX_SEED: z.coerce.number().int().min(0).default(1),
  /**
   * Where the data comes from (README "Where the data comes from"): WORLD is the whole world,
   * each other setting takes one kind (PLACES: sights and restaurants; ROUTES: drives and taxis;
   * GEO: the gazetteer) from another source. Names are those of src/world/world-sources.ts.
   */
  WORLD: worldSource('WORLD').transform((name) => name ?? 'sandbox'),
  FLIGHTS: worldSource('FLIGHTS'),
  TRAINS: worldSource('TRAINS'),
  ROUTES: worldSource('ROUTES'),
  STAYS: worldSource('STAYS'),
  PLACES: worldSource('PLACES'),
  WEATHER: worldSource('WEATHER'),
  GEO: worldSource('GEO'),

  /**
   * Redis for queues, checkpoints, trips and events (plain Redis >= 6.2, no modules): redis://,
   * rediss://, or a cluster as redis+cluster://host:port,host:port.
   */
  REDIS_URL: z
    .string()
    .default('redis://127.0.0.1:6379')
    .superRefine((url, ctx) => {
      try {
        parseRedisTarget(url);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      }
    }),
  /** A Redis Cluster's seed nodes (host:port,host:port), instead of a redis+cluster:// REDIS_URL. */
  REDIS_CLUSTER_NODES: optionalText.superRefine((list, ctx) => {
    if (list === undefined) return;
    try {
      parseClusterNodes(list);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  }),
  /** Namespace of every key this deployment writes, so several can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w-]*:?$/, 'letters, digits, - and _ then an optional colon')
    .default('tp:'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Grants /admin/queues (Bull Board); without it the admin routes are disabled. */
  ADMIN_KEY: optionalText,
  /** Requests per minute per tenant before 429. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Requests per minute per client address that fail the API-key check (401) before 429. */
  RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Who may read /metrics on the API port: admin (the ADMIN_KEY), public, or off (use METRICS_PORT). */
  METRICS_ACCESS: z.enum(['admin', 'public', 'off']).default('admin'),
  /** Serves /metrics, without a key, on a separate listener (e.g. a port only Prometheus reaches). */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** Serves /docs (Swagger UI and the OpenAPI document); off unless a deployment wants it public. */
  DOCS_ENABLED: z.stringbool().default(false),
  /** Open SSE event streams one tenant may hold per API process before 429. */
  SSE_MAX_STREAMS_PER_TENANT: z.coerce.number().int().min(1).max(10_000).default(20),
  /** A stream of a queued or needs_input trip ends after this long without events (with a reconnect hint). */
  SSE_IDLE_SECONDS: z.coerce.number().int().min(1).default(300),
  /**
   * Lets webhooks reach loopback and private networks (development, tests with a local receiver).
   * Off: only public addresses, checked at PUT and again at every delivery (see the README).
   */
  WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(8),
  /**
   * Worker processes `npm run worker` runs under one supervisor (one per core by default): one
   * event loop saturates near 40 ms of CPU per plan, so a host uses its other cores only through
   * more processes. 1 runs the worker in the supervisor's place, with no extra process.
   */
  WORKER_PROCESSES: z.coerce.number().int().min(1).max(256).default(availableParallelism()),
  /** How long a worker's job lock lasts; a crashed worker's jobs move on after about this long. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often the scheduler process ends departed trips' watches and restores missing schedules. */
  WATCH_SWEEP_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How long finished trips, their events and checkpoints stay in Redis. */
  TRIP_RETENTION_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(30 * 24 * 3600),
  /** How many days ahead of today a trip may start; later starts are refused (API 400, CLI exit 2). */
  REQUEST_HORIZON_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  /**
   * How long a trip waits for an answer to its question; then it ends `cancelled` with error code
   * `input-expired` and an event saying so, and is kept TRIP_RETENTION_SECONDS more.
   */
  NEEDS_INPUT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(7 * 24 * 3600),
  /** The CLI's API key for `plan --server` (only from the environment: never on a command line). */
  TRIP_API_KEY: optionalText,
  /**
   * USD per million tokens by model name, as JSON: {"gpt-4o-mini": {"inputPerMillion": 0.15,
   * "outputPerMillion": 0.6}}. Names are the provider's ("openai:" left off); a model not listed
   * costs null, never a guess. Unset: usage is counted in tokens only.
   */
  MODEL_PRICES: z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'expected JSON like {"gpt-4o-mini": {"inputPerMillion": 0.15, "outputPerMillion": 0.6}}',
        });
        return z.NEVER;
      }
    })
    .pipe(ModelPrices.optional()),
  /** Duffel flights and stays (real data preview); a duffel_test_ token reaches Duffel Airways only. */
  DUFFEL_ACCESS_TOKEN: optionalText,
  DUFFEL_BASE_URL: z.url().default('https://api.duffel.com'),
  /** Sent in the User-Agent to OpenStreetMap and Open-Meteo; the public OSM instances require a contact. */
  SOURCES_CONTACT_EMAIL: z
    .email()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** One request to a real data source gives up after this long (then it is retried). */
  SOURCES_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  /** Base URLs of the open-data services; point them at your own instances to lift the public limits. */
  NOMINATIM_URL: z.url().default('https://nominatim.openstreetmap.org'),
  /** A Photon geocoder (e.g. https://photon.komoot.io) as the alternative to Nominatim; unset: not used. */
  PHOTON_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OVERPASS_URL: z.url().default('https://overpass-api.de'),
  OSRM_URL: z.url().default('https://router.project-osrm.org'),
  OPEN_METEO_FORECAST_URL: z.url().default('https://api.open-meteo.com'),
  OPEN_METEO_CLIMATE_URL: z.url().default('https://climate-api.open-meteo.com'),
  /**
   * How real sources' prices are converted to the quote currency (USD), with the rate shown:
   * `ecb` = the European Central Bank's reference rates from Frankfurter (FX_URL), falling back to
   * the built-in table when they cannot be fetched; `builtin` = the fixed offline table only.
   */
  FX: z.enum(['ecb', 'builtin']).default('ecb'),
  /** Frankfurter's base URL (keyless; https://frankfurter.dev), or your own instance. */
  FX_URL: z.url().default('https://api.frankfurter.dev/v1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

export { ConfigError, isConfigError } from './config-error.js';

/** The variables LangChain reads to switch LangSmith tracing on (@langchain/core utils/callbacks). */
const TRACING_VARIABLES = [
  'LANGSMITH_TRACING_V2',
  'LANGCHAIN_TRACING_V2',
  'LANGSMITH_TRACING',
  'LANGCHAIN_TRACING',
];

/** Whether LangSmith tracing is switched on in this process's environment (LangChain reads it itself). */
export function langSmithTracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return TRACING_VARIABLES.some((name) => env[name] === 'true');
}

/** The environment a child process (a supervised worker) loads its own configuration from. */
export function environmentForChildren(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/** Parses the environment once at start-up; every problem is listed, not just the first. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const nodes = parsed.data.REDIS_CLUSTER_NODES;
  if (nodes === undefined) return parsed.data;
  // Two spellings of one setting: when both are given, which one wins would be a guess.
  if (env.REDIS_URL?.trim())
    throw new ConfigError(
      'Invalid configuration:\n✖ set REDIS_URL or REDIS_CLUSTER_NODES, not both (a cluster URL is redis+cluster://host:port,host:port)',
    );
  return { ...parsed.data, REDIS_URL: `redis+cluster://${nodes}` };
}
