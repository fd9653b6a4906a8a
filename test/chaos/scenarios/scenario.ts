import type { ChaosService } from '../support/chaos-service.js';

/** How big a run is: `short` is what CI runs, `full` what the review asked for. */
export interface ChaosScale {
  killRounds: number;
  tripsPerRound: number;
  restartTrips: number;
  streams: number;
  fuzzRequests: number;
}

export const FULL_SCALE: ChaosScale = {
  killRounds: 3,
  tripsPerRound: 20,
  restartTrips: 20,
  streams: 200,
  fuzzRequests: 2000,
};
export const SHORT_SCALE: ChaosScale = {
  killRounds: 1,
  tripsPerRound: 6,
  restartTrips: 6,
  streams: 60,
  fuzzRequests: 400,
};

/** One line of the report: what was measured, against what target. */
export interface Figure {
  name: string;
  value: number;
  /** The figure passes when value <= max. */
  max: number;
  detail?: string;
}

export interface Scenario {
  name: string;
  run(service: ChaosService, scale: ChaosScale): Promise<Figure[]>;
}
