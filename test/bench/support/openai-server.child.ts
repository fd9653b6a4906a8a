import { startOpenAiCompatibleServer } from '../../../src/devtools/openai-compatible-server.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { childSettings, serveBenchChild } from './bench-child.js';

/** The local OpenAI-compatible server in a process of its own (see bench-child.ts). */
export interface OpenAiServerChildSettings {
  latencyMs: number;
  models: string[];
}

const settings = childSettings<OpenAiServerChildSettings>();
const world = createSandboxWorld({ seed: 1 });
const server = await startOpenAiCompatibleServer({
  gazetteer: { cities: world.listCities(), regions: world.listRegions() },
  latencyMs: settings.latencyMs,
  models: settings.models,
});
serveBenchChild({ url: server.url }, () => server.close());
