import { IsoDate } from '../../domain/common.schema.js';

/** A malformed date is a caller bug, not an empty answer (as in the sandbox): fail before asking anyone. */
export function assertIsoDate(date: string, what = 'date'): void {
  if (!IsoDate.safeParse(date).success) throw new RangeError(`expected a YYYY-MM-DD ${what}, got "${date}"`);
}
