import type { TransportMode } from '../../domain/common.schema.js';
import type { TransportLeg } from '../../domain/plan.schema.js';

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function quoted(name: string): string {
  return `'${name}'`;
}

/** "day 2", "days 2–3", "days 1–2 and 5". */
export function dayRange(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const spans: string[] = [];
  let start = sorted[0];
  let end = start;
  for (const day of [...sorted.slice(1), undefined]) {
    if (day !== undefined && end !== undefined && day === end + 1) {
      end = day;
      continue;
    }
    if (start !== undefined && end !== undefined) spans.push(start === end ? `${start}` : `${start}–${end}`);
    start = day;
    end = day;
  }
  const plural = sorted.length > 1;
  return `${plural ? 'days' : 'day'} ${listText(spans)}`;
}

/** "flight F1001 from Seattle to Denver", "taxi from Denver to Boulder". */
export function legLabel(leg: TransportLeg): string {
  const what =
    leg.mode === 'flight'
      ? `flight ${leg.flight.flightNumber}`
      : leg.mode === 'rail'
        ? `train ${leg.train.trainNumber}`
        : leg.mode;
  return `${what} from ${leg.from} to ${leg.to}`;
}

/** How a request names a mode it excludes: "flights", "self-driving", "taxis". */
export function modeNoun(mode: TransportMode): string {
  switch (mode) {
    case 'flight':
      return 'flights';
    case 'self-driving':
      return 'self-driving';
    case 'taxi':
      return 'taxis';
    case 'rail':
      return 'trains';
  }
}
