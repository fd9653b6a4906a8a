import type {
  CostChange,
  DayChange,
  DayFieldChange,
  LegChange,
  LegSummary,
  PlanDiff,
  StayChange,
} from '../domain/plan-diff.schema.js';
import { formatMoney } from './money.js';

/**
 * The one-sentence wording of a plan diff: route, then transport, then stays, then days (what a
 * traveller re-checks first), then the cost. Many changes of one kind are counted, not listed,
 * so the sentence stays one readable line whatever the repair did.
 */

type DiffParts = Omit<PlanDiff, 'sentence'>;

/** More leg or stay changes than this are counted instead of described one by one. */
const MAX_DESCRIBED = 2;

export function diffSentence(diff: DiffParts, reason?: string): string {
  const money = (amount: number) => moneyIn(amount, diff.cost.currency);
  const clauses = [
    ...(diff.route.changed
      ? [`route changed from ${diff.route.before.join(' → ')} to ${diff.route.after.join(' → ')}`]
      : []),
    ...described(diff.legs, 'transport leg', diff.route.changed, (c) => legClause(c, money)),
    ...described(diff.stays, 'stay', diff.route.changed, (c) => stayClause(c, money)),
    ...dayClauses(diff),
  ];
  const cost = costClause(diff.cost, clauses.length > 0);
  const why = reason?.trim() ? ` (${reason.trim()})` : '';
  if (clauses.length === 0) return cost === null ? 'No changes.' : `${capitalize(cost)}${why}.`;
  clauses[0] = `${clauses[0]}${why}`;
  return `${capitalize(joinClauses(clauses))}; ${cost}.`;
}

/** Intl knows every well-formed ISO 4217 code; anything else is shown as a plain number. */
function moneyIn(amount: number, currency: string): string {
  return /^[A-Z]{3}$/.test(currency) ? formatMoney(amount, currency) : `${amount} ${currency}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b, and c": clauses are independent, so the last one takes ", and". */
function joinClauses(clauses: readonly string[]): string {
  if (clauses.length === 1) return clauses[0] as string;
  return `${clauses.slice(0, -1).join(', ')}, and ${clauses.at(-1)}`;
}

function listWords(words: readonly string[]): string {
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** On a new route every leg and stay follows from it, so they are only counted. */
function described<C>(
  changes: readonly C[],
  noun: string,
  routeChanged: boolean,
  clause: (change: C) => string,
): string[] {
  if (changes.length === 0) return [];
  if (routeChanged || changes.length > MAX_DESCRIBED) return [`${count(changes.length, noun)} changed`];
  return changes.map(clause);
}

function legLabel(leg: LegSummary): string {
  if (leg.mode === 'flight') return `flight ${leg.flightNumber} at ${leg.departureTime}`;
  return leg.mode === 'taxi' ? 'a taxi' : 'self-driving';
}

function legClause(change: LegChange, money: (amount: number) => string): string {
  const hop = `from ${change.from} to ${change.to}`;
  const { before: a, after: b } = change;
  if (!a && b) return `new leg ${hop} on day ${b.day}: ${legLabel(b)}`;
  if (a && !b) return `leg ${hop} on day ${a.day} dropped (was ${legLabel(a)})`;
  if (!a || !b) return `leg ${hop} changed`;
  const moved = a.day === b.day ? '' : ` and moved from day ${a.day} to day ${b.day}`;
  if (a.mode !== b.mode) return `transport ${hop} changed from ${legLabel(a)} to ${legLabel(b)}${moved}`;
  if (a.mode === 'flight' && (a.flightNumber !== b.flightNumber || a.departureTime !== b.departureTime)) {
    const flight = (s: LegSummary) => `${s.flightNumber} at ${s.departureTime}`;
    return `flight ${hop} changed from ${flight(a)} to ${flight(b)}${moved}`;
  }
  const what =
    a.mode === 'flight'
      ? `flight ${a.flightNumber} ${hop}`
      : `${a.mode === 'taxi' ? 'taxi' : 'drive'} ${hop}`;
  if (a.day !== b.day) return `${what} moved from day ${a.day} to day ${b.day}`;
  if (a.cost !== b.cost) return `${what} now costs ${money(b.cost)} (was ${money(a.cost)})`;
  if (a.arrivalTime !== b.arrivalTime)
    return `${what} now arrives at ${b.arrivalTime} (was ${a.arrivalTime})`;
  return `${what} was updated`;
}

function stayClause(change: StayChange, money: (amount: number) => string): string {
  const { before: a, after: b, city } = change;
  if (!a && b) return `new stay in ${city}: ${b.name}`;
  if (a && !b) return `stay at ${a.name} in ${city} dropped`;
  if (!a || !b) return `stay in ${city} changed`;
  if (a.name !== b.name) return `stay in ${city} changed from ${a.name} to ${b.name}`;
  const what = `stay at ${a.name} in ${city}`;
  if (a.nights !== b.nights) return `${what} is now ${count(b.nights, 'night')} (was ${a.nights})`;
  if (a.firstNight !== b.firstNight)
    return `${what} now starts on day ${b.firstNight} (was day ${a.firstNight})`;
  if (a.pricePerNight !== b.pricePerNight) {
    return `${what} now costs ${money(b.pricePerNight)} a night (was ${money(a.pricePerNight)})`;
  }
  if (a.rooms !== b.rooms) return `${what} now takes ${count(b.rooms, 'room')} (was ${a.rooms})`;
  if (a.cost !== b.cost) return `${what} now costs ${money(b.cost)} (was ${money(a.cost)})`;
  return `${what} was updated`;
}

/**
 * Day fields that another clause already explains are not repeated: the accommodation of a
 * changed stay, the notes of a day whose leg changed (they describe the leg), the city on a new
 * route.
 */
function newsOf(day: DayChange, diff: DiffParts): DayFieldChange[] {
  const stayNames = new Set(diff.stays.flatMap((s) => [s.before?.name, s.after?.name]));
  const legDays = new Set(diff.legs.flatMap((l) => [l.before?.day, l.after?.day]));
  return day.fields.filter((f) => {
    if (f.field === 'accommodation') return ![...f.before, ...f.after].some((name) => stayNames.has(name));
    if (f.field === 'notes') return !legDays.has(day.day);
    if (f.field === 'city') return !diff.route.changed;
    return true;
  });
}

function dayClauses(diff: DiffParts): string[] {
  const news = diff.days
    .map((day) => ({ day, fields: newsOf(day, diff) }))
    .filter((d) => d.fields.length > 0);
  const only = news[0];
  if (!only) return [];
  if (news.length > 1) return [`${news.length} days' plans were updated`];
  const { day, fields } = only;
  if (day.kind === 'added') return [`day ${day.day} was added`];
  if (day.kind === 'removed') return [`day ${day.day} was dropped`];
  const field = fields[0];
  if (fields.length === 1 && field) return [fieldClause(day.day, field)];
  return [`day ${day.day}'s ${listWords(fields.map((f) => f.field))} were updated`];
}

function fieldClause(day: number, change: DayFieldChange): string {
  const { field } = change;
  if (field === 'sights' || field === 'notes') return `${field} on day ${day} were updated`;
  const [a] = change.before;
  const [b] = change.after;
  if (a && b) return `${field} on day ${day} changed from ${a} to ${b}`;
  if (b) return `${field} on day ${day} is now ${b}`;
  return `${field} on day ${day} (${a}) was dropped`;
}

function costClause(cost: CostChange, anythingElse: boolean): string | null {
  const total = moneyIn(cost.after, cost.currency);
  if (cost.delta === null) return `cost now ${total} (priced in another currency before)`;
  if (cost.delta === 0) return anythingElse ? `cost unchanged at ${total}` : null;
  const by = moneyIn(Math.abs(cost.delta), cost.currency);
  return `cost ${cost.delta > 0 ? 'up' : 'down'} ${by} to ${total}`;
}
