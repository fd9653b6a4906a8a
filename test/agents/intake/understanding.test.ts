import { describe, expect, it } from 'vitest';
import { readCategories, runAll, runCase, scoreByCategory } from './understanding-cases.js';

/**
 * The everyday-requests set (test/fixtures/understanding): the offline reader must understand at
 * least 95% overall and 90% of every category, and the held-out set, written after the rules,
 * checks that they generalise rather than fit the sentences.
 */
const CATEGORIES = ['dates', 'money', 'party', 'places', 'preferences', 'refusals', 'routes'];

describe('the offline reader on everyday requests', () => {
  const results = runAll();

  it('has at least 240 requests across the seven categories', () => {
    expect(results.length).toBeGreaterThanOrEqual(240);
    expect([...new Set(readCategories().map((c) => c.category))].sort()).toEqual(CATEGORIES);
  });

  it.each(CATEGORIES)('understands at least 90%% of %s', (category) => {
    const of = results.filter((r) => r.category === category);
    const failed = of.filter((r) => !r.passed).map((r) => `${r.id}: ${r.text} → ${r.mismatches.join('; ')}`);
    expect(of.length - failed.length, failed.join('\n')).toBeGreaterThanOrEqual(Math.ceil(0.9 * of.length));
  });

  it('understands at least 95% overall', () => {
    const passed = scoreByCategory(results).reduce((sum, s) => sum + s.passed, 0);
    expect(passed).toBeGreaterThanOrEqual(Math.ceil(0.95 * results.length));
  });

  it('understands at least 90% of the held-out requests', () => {
    const held = runAll('held-out/');
    expect(held.length).toBeGreaterThanOrEqual(70);
    const failed = held
      .filter((r) => !r.passed)
      .map((r) => `${r.id}: ${r.text} → ${r.mismatches.join('; ')}`);
    expect(held.length - failed.length, failed.join('\n')).toBeGreaterThanOrEqual(
      Math.ceil(0.9 * held.length),
    );
  });

  it('fails a case whose expectation is not met (the runner can fail)', () => {
    const [dates] = readCategories();
    const wrong = { ...dates!.cases[0]!, expect: { startDate: '1999-01-01' } };
    const result = runCase(wrong, dates!);
    expect(result.passed).toBe(false);
    expect(result.mismatches[0]).toMatch(/startDate: expected "1999-01-01"/);
  });
});
