import { formatMoney } from '../../money.js';
import { nameKey } from '../../names.js';

/** A recorded field compared with the world's value; `money` fields are shown as amounts. */
export interface FieldSpec<T> {
  key: keyof T & string;
  label: string;
  money?: boolean;
}

/** Equality that tolerates float noise, name spelling and list order, and nothing else. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-6;
  if (typeof a === 'string' && typeof b === 'string') return nameKey(a) === nameKey(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const norm = (xs: unknown[]): string[] =>
      xs.map((x) => (typeof x === 'string' ? nameKey(x) : JSON.stringify(x))).sort();
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) =>
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    );
  }
  return a === b;
}

function show(value: unknown, money: boolean): string {
  if (money && typeof value === 'number') return formatMoney(value);
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "price $120 where the data says $150" for every field that differs. */
export function fieldMismatches<T extends object>(
  recorded: T,
  actual: T,
  fields: readonly FieldSpec<T>[],
): string[] {
  return fields
    .filter((f) => !sameValue(recorded[f.key], actual[f.key]))
    .map(
      (f) =>
        `${f.label} ${show(recorded[f.key], f.money ?? false)} where the data says ${show(actual[f.key], f.money ?? false)}`,
    );
}
