import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { onShutdown } from '../runtime/shutdown.js';
import { FaultKind } from './fault-plan.js';
import { startOpenAiCompatibleServer } from './openai-compatible-server.js';

/*
 * `npm run dev:openai -- --port 8787 --latency 200 --fault-rate 0.1 --faults 429,unknown-tool`
 * (`--reject-json-schema` plays a server without structured outputs.)
 * Settings come from flags only (config.ts alone reads the environment); point the service at it
 * with OPENAI_BASE_URL=http://127.0.0.1:8787/v1 OPENAI_API_KEY=any OPENAI_MODEL=offline-policy.
 */
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const Flags = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8787),
  latency: z.coerce.number().int().min(0).max(60_000).default(0),
  'fault-rate': z.coerce.number().min(0).max(1).default(0),
  faults: z.string().transform(list).pipe(z.array(FaultKind).min(1)).optional(),
  'fault-seed': z.coerce.number().int().default(1),
  'retry-after': z.coerce.number().int().min(0).default(1),
  'sandbox-seed': z.coerce.number().int().min(0).default(1),
  'reject-json-schema': z.boolean().default(false),
  // gpt-4o-mini too, so the service's default OPENAI_MODEL works without changes.
  models: z
    .string()
    .transform(list)
    .pipe(z.array(z.string()).min(1))
    .default(['offline-policy', 'gpt-4o-mini']),
});

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    latency: { type: 'string' },
    'fault-rate': { type: 'string' },
    faults: { type: 'string' },
    'fault-seed': { type: 'string' },
    'retry-after': { type: 'string' },
    'sandbox-seed': { type: 'string' },
    'reject-json-schema': { type: 'boolean' },
    models: { type: 'string' },
  },
  strict: true,
});
const parsed = Flags.safeParse(values);
if (!parsed.success) {
  console.error(`Invalid flags:\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const flags = parsed.data;
if (flags['fault-rate'] > 0 && !flags.faults) {
  console.error('--fault-rate needs --faults (comma-separated: 429,500,timeout,unknown-tool,...)');
  process.exit(2);
}

const logger = pino({ name: 'openai-server' });
const world = createSandboxWorld({ seed: flags['sandbox-seed'] });
const server = await startOpenAiCompatibleServer({
  gazetteer: { cities: world.listCities(), regions: world.listRegions() },
  latencyMs: flags.latency,
  models: flags.models,
  port: flags.port,
  rejectJsonSchema: flags['reject-json-schema'],
  faults: flags.faults && {
    rate: flags['fault-rate'],
    kinds: flags.faults,
    seed: flags['fault-seed'],
    retryAfterSeconds: flags['retry-after'],
  },
});
logger.info(
  {
    url: server.url,
    models: flags.models,
    faults: flags.faults ?? [],
    jsonSchema: flags['reject-json-schema'] ? 'rejected' : 'accepted',
  },
  'OpenAI-compatible server ready',
);
onShutdown(logger, async () => {
  logger.info({ stats: server.stats() }, 'closing');
  await server.close();
});
