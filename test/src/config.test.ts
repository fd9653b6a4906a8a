import { describe, expect, it } from 'vitest';
import { isConfigError, loadConfig } from '../../src/config.js';

describe('MODEL_PRICES', () => {
  it('is optional: unset or empty means usage is counted in tokens only', () => {
    expect(loadConfig({}).MODEL_PRICES).toBeUndefined();
    expect(loadConfig({ MODEL_PRICES: '  ' }).MODEL_PRICES).toBeUndefined();
  });

  it('parses a JSON price table per model', () => {
    const prices = '{"gpt-4o-mini": {"inputPerMillion": 0.15, "outputPerMillion": 0.6}}';
    expect(loadConfig({ MODEL_PRICES: prices }).MODEL_PRICES).toEqual({
      'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    });
  });

  it.each([
    ['{gpt-4o-mini: 0.15}', /expected JSON like[\s\S]*at MODEL_PRICES/],
    [
      '{"gpt-4o-mini": {"inputPerMillion": -1, "outputPerMillion": 0.6}}',
      /MODEL_PRICES\["gpt-4o-mini"\]\.inputPerMillion/,
    ],
    ['{"gpt-4o-mini": {"inputPerMillion": 0.15}}', /MODEL_PRICES\["gpt-4o-mini"\]\.outputPerMillion/],
    [
      '{"gpt-4o-mini": {"input": 0.15, "inputPerMillion": 0.15, "outputPerMillion": 0.6}}',
      /Unrecognized key: "input"/,
    ],
  ])('refuses %s at boot, saying where', (value, message) => {
    let error: unknown;
    try {
      loadConfig({ MODEL_PRICES: value });
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
