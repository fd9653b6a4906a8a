/** A small seeded PRNG (mulberry32): the same seed fuzzes the same requests, so a failure replays. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '',
  ' ',
  'a',
  '\u0000',
  '\u202e\ud83d\ude00',
  '<script>alert(1)</script>',
  "'; DROP TABLE trips; --",
  '../../etc/passwd',
  '%00%ff',
  '1e309',
  'NaN',
  '-0',
  'USD',
  'eur',
  '2027-02-30',
  '2027-06-04',
  'https://example.com/hook',
  'http://[::1]/',
  'x'.repeat(5000),
];
const NUMBERS = [0, -1, 1, 2, 20, 21, 1.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e-300];

/** A random JSON value of bounded depth and size. */
export function randomValue(rand: () => number, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const kind = Math.floor(rand() * (depth > 3 ? 5 : 8));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return pick(NUMBERS);
    case 3:
    case 4:
      return pick(STRINGS);
    case 5:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: {
      const keys = [
        'text',
        'fields',
        'model',
        'url',
        'events',
        'everyMinutes',
        'cron',
        'origin',
        'days',
        '__proto__',
        'constructor',
      ];
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 4) }, () => [pick(keys), randomValue(rand, depth + 1)]),
      );
    }
  }
}

/** A valid body with one field replaced by something random: reaches deeper than pure noise. */
export function mutate(rand: () => number, valid: Record<string, unknown>): unknown {
  const copy: Record<string, unknown> = structuredClone(valid);
  const keys = Object.keys(copy);
  const key = keys[Math.floor(rand() * keys.length)];
  if (key === undefined) return copy;
  const inner = copy[key];
  if (inner && typeof inner === 'object' && !Array.isArray(inner) && rand() < 0.6) {
    const innerKeys = Object.keys(inner);
    const innerKey = innerKeys[Math.floor(rand() * innerKeys.length)];
    if (innerKey !== undefined) (inner as Record<string, unknown>)[innerKey] = randomValue(rand, 2);
  } else {
    copy[key] = randomValue(rand, 1);
  }
  return copy;
}
