import type { StayBooking, TransportLeg } from '../../domain/plan.schema.js';

/** When a watched plan is worth repairing (per watch; PUT /v1/trips/:id/watch sets them). */
export interface RecheckThresholds {
  /** A leg, a stay or the total that got dearer by at least this many percent is re-shopped. */
  priceChangePct: number;
  /** Re-plan the sights of days whose weather turned wet. */
  weather: boolean;
}

/** One thing that moved since the plan was made; `index` points into plan.legs / plan.stays. */
export type Finding =
  | { kind: 'leg-gone'; index: number; day: number; message: string }
  | { kind: 'leg-retimed'; index: number; day: number; message: string }
  | {
      kind: 'leg-price';
      index: number;
      day: number;
      before: number;
      after: number;
      changePct: number;
      message: string;
    }
  | { kind: 'stay-gone'; index: number; city: string; message: string }
  | {
      kind: 'stay-price';
      index: number;
      city: string;
      before: number;
      after: number;
      changePct: number;
      message: string;
    }
  | { kind: 'weather'; day: number; city: string; message: string };

export interface Recheck {
  /** Each plan leg as quoted now (same order); null when it no longer runs. */
  legs: (TransportLeg | null)[];
  /** Each booking at today's price (same order); null when sold out. */
  stays: (StayBooking | null)[];
  findings: Finding[];
  /** Plan total then and now (meals unchanged); null now when a leg or stay vanished. */
  cost: { before: number; after: number | null; changePct: number | null; currency: string };
  /** Chance of rain per date now: the baseline of the next check. */
  weatherNow: Record<string, number>;
  scope: {
    /** Indices of legs to re-shop. */
    legs: number[];
    /** Indices of stays to re-shop. */
    stays: number[];
    /** Day numbers whose sights should be re-planned for the weather. */
    days: number[];
    /** Indices of legs that kept running on new times (taken as they are now). */
    retimedLegs: number[];
    /** The total moved past the threshold: a new version at today's prices even if nothing else changes. */
    reprice: boolean;
    /**
     * Legs that still run but were re-shopped with the broken ones because, pinned, they made
     * every repair impossible (a flight home cannot follow a drive out). Set when a repair widens.
     */
    coupledLegs?: number[];
  };
  /** How a repair settled what the recheck found; absent until one ran. */
  resolution?: RepairResolution;
}

/** What a repair kept, gave up or widened: told to people in the check record or the diff. */
export interface RepairResolution {
  /** Items that got dearer and were kept, e.g. "flight AA1 … fare +12%, kept: no cheaper valid option". */
  kept: string[];
  /** Replacements below the plan's standard, e.g. "no comparable stay was left in Boulder; moved to a shared room". */
  downgrades: string[];
  /** Whether pinned legs had to be re-shopped too. */
  widened: boolean;
  /** Today's quotes of the kept items (see kept-prices.ts): later rises are measured from them. */
  keptPrices: Record<string, number>;
}
