import type { TrainsKind } from '../world/world-kinds.js';
import { assertIsoDate } from './query-checks.js';

/**
 * Rail for real worlds: there is no open timetable-and-fare source to adapt, so no trains — every
 * search is empty, and `reason` says why (shown where a world lists its sources). TRAINS=sandbox
 * keeps the sandbox's synthesized trains instead.
 */
export const NO_TRAINS_REASON =
  'no open rail source: real worlds have no trains (TRAINS=sandbox uses the sandbox timetable)';

export function createNoTrains(): TrainsKind & { readonly reason: string } {
  return {
    name: 'none',
    reason: NO_TRAINS_REASON,
    async searchTrains({ date }) {
      assertIsoDate(date);
      return [];
    },
  };
}
