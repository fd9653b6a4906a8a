import type { Rng } from './prng.js';

/** Distributions shared by the inventory synthesizers. */

/** Ratings skew high like real listings: most 4–5, some 3–4, a few poor ones. */
export function drawRating(rng: Rng): number {
  const bucket = rng.weighted(['poor', 'fair', 'good'] as const, [0.08, 0.24, 0.68]);
  const [min, max] = bucket === 'poor' ? [1, 3] : bucket === 'fair' ? [3, 4] : [4, 5];
  return Math.round(rng.float(min, max) * 10) / 10;
}

/** Whole dollars: synthesized prices read like listed prices. */
export function wholeDollars(amount: number, minimum = 1): number {
  return Math.max(minimum, Math.round(amount));
}

/**
 * Draws names until one is new for the set; after a few collisions the last draw gets a
 * numeric suffix, so a city never lists two entities with one name (plans refer to names).
 */
export function uniqueName(taken: Set<string>, draw: () => string): string {
  let name = draw();
  for (let attempt = 0; attempt < 6 && taken.has(name); attempt++) name = draw();
  for (let n = 2; taken.has(name); n++) name = `${name.replace(/ #\d+$/, '')} #${n}`;
  taken.add(name);
  return name;
}

/** Fills `{key}` placeholders of a template. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}
