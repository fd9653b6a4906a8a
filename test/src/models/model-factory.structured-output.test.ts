import { describe, expect, it } from 'vitest';
import { OfflineChatModel } from '../../../agents/offline/offline-chat-model.js';
import { structuredOutputOf } from '../../../agents/structured-output.js';
import { isConfigError, loadConfig } from '../../../src/config.js';
import { PlannerChatOpenAI } from '../../../src/models/chat-openai.js';
import { createModels } from '../../../src/models/model-factory.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });

describe('OPENAI_STRUCTURED_OUTPUT', () => {
  it('defaults to auto: hosted models try json_schema answers first', () => {
    const { defaults } = createModels(loadConfig({ OPENAI_API_KEY: 'k' }), world);
    expect(defaults.intake.model).toBeInstanceOf(PlannerChatOpenAI);
    const support = structuredOutputOf(defaults.intake.model);
    expect(support?.setting).toBe('auto');
    expect(support?.mode).toBe('json_schema');
  });

  it('reaches every hosted model, one shared support per model name', () => {
    const config = loadConfig({
      OPENAI_API_KEY: 'k',
      OPENAI_STRUCTURED_OUTPUT: 'tool_call',
      OPENAI_MODEL_ITINERARY: 'gpt-4o',
      MODEL_ALLOWLIST: 'gpt-4.1',
    });
    const { defaults, choices } = createModels(config, world);
    const models = [...Object.values(defaults), ...choices.values()].map((m) => m.model);
    expect(models.map((m) => structuredOutputOf(m)?.setting)).toEqual(models.map(() => 'tool_call'));
    expect(structuredOutputOf(defaults.intake.model)).toBe(structuredOutputOf(defaults.flights.model));
    expect(structuredOutputOf(defaults.intake.model)).not.toBe(structuredOutputOf(defaults.itinerary.model));
  });

  it('leaves the offline model on tool calls', () => {
    const { defaults } = createModels(loadConfig({ OPENAI_STRUCTURED_OUTPUT: 'json_schema' }), world);
    expect(defaults.intake.model).toBeInstanceOf(OfflineChatModel);
    expect(structuredOutputOf(defaults.intake.model)?.mode).toBe('tool_call');
  });

  it('refuses an unknown setting at boot', () => {
    let error: unknown;
    try {
      loadConfig({ OPENAI_STRUCTURED_OUTPUT: 'json' });
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toMatch(/OPENAI_STRUCTURED_OUTPUT/);
  });
});
