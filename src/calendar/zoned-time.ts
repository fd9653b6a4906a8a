/**
 * Wall-clock time in IANA zones with nothing but Intl: the plan speaks in local dates and clock
 * times, a calendar needs instants, and a time-zone library would be a dependency for two functions.
 */

/** A local date and clock time: `YYYY-MM-DD` and `HH:MM`. */
export interface WallClock {
  date: string;
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `timeZone` at instant `ms` (a null zone reads UTC). */
export function wallClockAt(ms: number, timeZone: string | null): WallClock {
  if (timeZone === null) {
    const iso = new Date(ms).toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
  }
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function asUtcMs({ date, time }: WallClock): number {
  return Date.parse(`${date}T${time}:00Z`);
}

/** Minutes the zone is ahead of UTC at instant `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  return (asUtcMs(wallClockAt(ms, timeZone)) - Math.floor(ms / 60_000) * 60_000) / 60_000;
}

/**
 * The instant at which `timeZone` shows `clock`. Two passes settle the offset either side of a
 * DST change; a clock time inside a spring-forward gap lands just after it.
 */
export function instantOf(clock: WallClock, timeZone: string | null): number {
  const naive = asUtcMs(clock);
  if (timeZone === null) return naive;
  const firstOffset = offsetMinutes(naive, timeZone);
  const guess = naive - firstOffset * 60_000;
  const settled = offsetMinutes(guess, timeZone);
  return settled === firstOffset ? guess : naive - settled * 60_000;
}

/** `clock` moved by `minutes` of elapsed time, read in the same zone (or in `toZone`). */
export function addMinutes(
  clock: WallClock,
  minutes: number,
  timeZone: string | null,
  toZone: string | null = timeZone,
): WallClock {
  return wallClockAt(instantOf(clock, timeZone) + minutes * 60_000, toZone);
}

/** `HH:MM` from minutes after midnight (0–1439). */
export function clockTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
