import type { IsoDate, TransportMode } from '../domain/common.schema.js';
import type { Flight, GroundRoute, Restaurant, Sight, Stay, Train } from '../domain/inventory.schema.js';
import type {
  NotHonoured,
  PlanDay,
  RouteStopover,
  StayBooking,
  TransportLeg,
} from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';

/** An ordered visit: `cities[i]` is stayed in for `nights[i]` nights; Σ nights = days - 1. */
export interface RouteCandidate {
  cities: string[];
  nights: number[];
  /** Cities of `cities` that are a night on a long drive, not a stay asked for (road-stopovers.ts). */
  stopovers?: RouteStopover[];
}

/** One journey between two cities on a given trip day (day 1 leaves the origin). */
export interface Hop {
  from: string;
  to: string;
  /** 1-based trip day. */
  day: number;
  date: IsoDate;
}

/** What the flights agent found for one hop (already filtered by the spec's excluded modes). */
export interface HopOptions {
  hop: Hop;
  flights: Flight[];
  ground: GroundRoute[];
  /** Trains on the hop's date; absent where the provider has none (TravelPlanner). */
  trains?: Train[];
}

export interface SolveInput {
  spec: TripSpec;
  /** In order of preference; the solver may pick any feasible one. */
  routes: RouteCandidate[];
  /** Options for every hop of every candidate route; a hop absent here has no option. */
  hopOptions: HopOptions[];
  /** Candidate stays per city (already filtered by the hotels agent; the solver re-checks). */
  stays: Record<string, Stay[]>;
  /** Restaurants per city, used to reserve the cheapest feasible meals inside the budget. */
  restaurants: Record<string, Restaurant[]>;
  sights: Record<string, Sight[]>;
}

/** The chosen skeleton of a trip: route, legs and stays, with money kept aside for meals. */
export interface TripSelection {
  route: RouteCandidate;
  legs: TransportLeg[];
  stays: StayBooking[];
  /** Most the itinerary may spend on meals while keeping the total within budget (null: no budget). */
  mealBudget: number | null;
  /** The transport modes the plan uses (never self-driving together with flight or taxi). */
  modes: TransportMode[];
  /** Wishes the chosen route, legs or stays do not honour, with why (see not-honoured.ts). */
  notHonoured?: NotHonoured[];
  /** What a luxury wish bought beyond the plainest luxury stays, one sentence per city (luxury-upgrades.ts). */
  upgrades?: string[];
}

/** Why no plan exists, precisely enough to tell the user which constraint to relax. */
export interface Infeasibility {
  code: 'no-route' | 'no-transport' | 'no-stay' | 'over-budget' | 'no-meals';
  /** One human sentence per reason, e.g. "cheapest complete plan costs $4,310, budget is $3,000". */
  reasons: string[];
  /** For over-budget: the cheapest total found. */
  cheapestTotal?: number;
}

export type SolveOutcome =
  | { feasible: true; selection: TripSelection }
  | { feasible: false; infeasibility: Infeasibility };

export interface ScheduleInput {
  spec: TripSpec;
  selection: TripSelection;
  restaurants: Record<string, Restaurant[]>;
  sights: Record<string, Sight[]>;
  /** Names the itinerary agent would like used when they fit (model's choice, honoured if valid). */
  preferred?: { restaurants?: string[]; sights?: string[] };
  /** Names that must not be used (e.g. after a critique). */
  avoid?: { restaurants?: string[]; sights?: string[] };
  /** Days that stay exactly as they are (a repair re-plans only the days a change touched). */
  keep?: readonly PlanDay[];
  /**
   * The country of each city by name, the origin's included: a city in another country than the
   * origin's is abroad, where the meals serve its own food often (see meal-local-spread.ts).
   * Absent: every city is treated as at home.
   */
  countries?: Readonly<Record<string, string>>;
}

export type ScheduleOutcome =
  | { feasible: true; days: PlanDay[] }
  | { feasible: false; infeasibility: Infeasibility };
