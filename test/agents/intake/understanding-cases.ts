import { readdirSync, readFileSync } from 'node:fs';
import { type Gazetteer, parseTripRequest } from '../../../agents/intake/parse-request.js';
import type { TripSpecDraft } from '../../../tools/domain/trip-spec.schema.js';
import { sandboxGazetteer, travelPlannerGazetteer } from './fixtures.js';

/**
 * The everyday-requests set: one JSONL file per category under test/fixtures/understanding
 * (held-out/ holds cases written after the rules, to check they generalise). A file's first line
 * is its header ({"today", "world"}); every other line is a case whose `expect` names only the
 * fields it checks.
 */
export interface UnderstandingCase {
  readonly id: string;
  readonly text: string;
  readonly expect: Record<string, unknown>;
  readonly world?: WorldName;
}

type WorldName = 'sandbox' | 'us';

export interface CaseResult {
  readonly category: string;
  readonly id: string;
  readonly text: string;
  readonly passed: boolean;
  /** Each expected field that did not match: what was expected and what was read. */
  readonly mismatches: string[];
}

const DIR = new URL('../../fixtures/understanding/', import.meta.url);

/** The sandbox world as the offline model sees it: cities with their airports and aliases. */
/** TravelPlanner's 311 US cities plus namesakes in other states, for "Columbus, OH" vs "Columbus, GA". */
function usGazetteer(): Gazetteer {
  const tp = travelPlannerGazetteer();
  const namesakes = [
    { name: 'Columbus', region: 'Georgia', country: 'United States' },
    { name: 'Portland', region: 'Maine', country: 'United States' },
    { name: 'Springfield', region: 'Missouri', country: 'United States' },
    { name: 'Springfield', region: 'Illinois', country: 'United States' },
  ];
  return { cities: [...tp.cities, ...namesakes], regions: tp.regions };
}

const worlds: Record<WorldName, () => Gazetteer> = { sandbox: sandboxGazetteer, us: usGazetteer };
const built = new Map<WorldName, Gazetteer>();
const worldOf = (name: WorldName) => {
  let g = built.get(name);
  if (g === undefined) {
    g = worlds[name]();
    built.set(name, g);
  }
  return g;
};

export interface CategoryFile {
  readonly category: string;
  readonly today: string;
  readonly world: WorldName;
  readonly cases: UnderstandingCase[];
}

export function readCategories(subdir: '' | 'held-out/' = ''): CategoryFile[] {
  const dir = new URL(subdir, DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const lines = readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      const header = JSON.parse(lines[0]!) as { today: string; world?: WorldName };
      const cases = lines.slice(1).map((l) => JSON.parse(l) as UnderstandingCase);
      return {
        // "dates-2.jsonl" is a second batch of the dates category.
        category: file.replace(/(?:-\d+)?\.jsonl$/, ''),
        today: header.today,
        world: header.world ?? 'sandbox',
        cases,
      };
    });
}

/** Shorthands: a destination as "Paris" or ["Madrid", "Seville"]; problems as field names. */
function actualFor(key: string, draft: TripSpecDraft): unknown {
  switch (key) {
    case 'problems':
      return draft.problems.map((p) => p.field).sort();
    case 'stops':
      return draft.destination?.kind === 'cities' ? draft.destination.stops : null;
    default:
      return (draft as Record<string, unknown>)[key];
  }
}

function expand(key: string, value: unknown): unknown {
  if (key === 'destination' && typeof value === 'string') return { kind: 'city', city: value };
  if (key === 'destination' && Array.isArray(value))
    return { kind: 'cities', stops: value.map((city) => ({ city })) };
  if (key === 'problems' && Array.isArray(value)) return [...value].sort();
  return value;
}

/** Partial match: objects compare only the keys expected; lists of words compare as sets. */
function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    if (expected.every((e) => typeof e === 'string')) {
      const [a, b] = [[...expected].sort(), [...(actual as unknown[])].map(String).sort()];
      return a.every((x, i) => x === b[i]);
    }
    return expected.every((e, i) => matches(e, actual[i]));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k]));
  }
  return expected === actual;
}

export function runCase(c: UnderstandingCase, file: CategoryFile): CaseResult {
  const gazetteer = worldOf(c.world ?? file.world);
  const { draft } = parseTripRequest(c.text, gazetteer, { today: file.today });
  const mismatches: string[] = [];
  for (const [key, raw] of Object.entries(c.expect)) {
    if (key === 'note' || key === 'warning') {
      const list = key === 'note' ? draft.notes : draft.warnings;
      const pattern = new RegExp(String(raw), 'i');
      if (!list.some((n) => pattern.test(n)))
        mismatches.push(`${key} /${raw}/ not in ${JSON.stringify(list)}`);
      continue;
    }
    const expected = expand(key, raw);
    const actual = actualFor(key, draft);
    if (!matches(expected, actual)) {
      mismatches.push(`${key}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(actual)}`);
    }
  }
  return { category: file.category, id: c.id, text: c.text, passed: mismatches.length === 0, mismatches };
}

export function runAll(subdir: '' | 'held-out/' = ''): CaseResult[] {
  return readCategories(subdir).flatMap((file) => file.cases.map((c) => runCase(c, file)));
}

export interface Score {
  readonly category: string;
  readonly passed: number;
  readonly total: number;
}

export function scoreByCategory(results: readonly CaseResult[]): Score[] {
  const categories = [...new Set(results.map((r) => r.category))];
  return categories.map((category) => {
    const of = results.filter((r) => r.category === category);
    return { category, passed: of.filter((r) => r.passed).length, total: of.length };
  });
}
