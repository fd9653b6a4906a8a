import { z } from 'zod';
import { WorldChange } from '../domain/world-change.schema.js';

/** What a world looks like at one moment: simulated time since it started, and what was injected. */
export interface WorldTimelineState {
  /** Simulated hours since the world started (≥ 0, may be fractional). */
  readonly hours: number;
  /** Injected changes in force, oldest first. */
  readonly changes: readonly WorldChange[];
}

/** A world's clock as a provider sees it; a provider reads it once per answer. */
export interface WorldTimeline {
  read(): Promise<WorldTimelineState>;
}

/** A timeline that operators and tests can move: the in-memory one here, the Redis one in src/world. */
export interface WorldTimelineControl extends WorldTimeline {
  /** Moves simulated time forward (never back); resolves to the new total hours. */
  advance(hours: number): Promise<number>;
  /** Validates and adds a change (it wins over drift); resolves to the parsed change. */
  inject(change: WorldChange): Promise<WorldChange>;
  /** Removes every injected change (time stays where it is); resolves to how many were removed. */
  clear(): Promise<number>;
}

export type WorldTimelineErrorCode =
  /** `advance` got a negative, non-finite or non-numeric amount. */
  | 'invalid-hours'
  /** `inject` got something that is not a WorldChange. */
  | 'invalid-change'
  /** A stored hours value or change does not decode. */
  | 'corrupt-record';

/** A failure of a world timeline; retrying fixes none of them. */
export class WorldTimelineError extends Error {
  override readonly name = 'WorldTimelineError';
  constructor(
    readonly code: WorldTimelineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isWorldTimelineError(error: unknown): error is WorldTimelineError {
  return error instanceof WorldTimelineError;
}

/** Parses a change from untrusted input (JSON from an operator, a stored record). */
export function parseWorldChange(input: unknown): WorldChange {
  const parsed = WorldChange.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new WorldTimelineError('invalid-change', `Invalid world change:\n${z.prettifyError(parsed.error)}`, {
    cause: parsed.error,
  });
}

/** Checks an amount to advance by. */
export function assertAdvanceHours(hours: number): void {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new WorldTimelineError(
      'invalid-hours',
      `time only moves forward: expected hours ≥ 0, got ${hours}`,
    );
  }
}

export interface ManualTimelineOptions {
  /** @default 0 */
  hours?: number;
  /** @default [] */
  changes?: readonly WorldChange[];
}

/** An in-memory timeline for one process: tests, scripts and the embedded planner. */
export function createManualTimeline(initial: ManualTimelineOptions = {}): WorldTimelineControl {
  let hours = initial.hours ?? 0;
  assertAdvanceHours(hours);
  // Frozen snapshots: a state already read never changes under its reader.
  let changes: readonly WorldChange[] = Object.freeze((initial.changes ?? []).map(parseWorldChange));
  return {
    async read() {
      return { hours, changes };
    },
    async advance(by) {
      assertAdvanceHours(by);
      hours += by;
      return hours;
    },
    async inject(change) {
      const parsed = parseWorldChange(change);
      changes = Object.freeze([...changes, parsed]);
      return parsed;
    },
    async clear() {
      const removed = changes.length;
      changes = Object.freeze([]);
      return removed;
    },
  };
}
