export type TripFailureCode =
  | 'unknown-place'
  | 'infeasible'
  | 'invalid-plan'
  | 'agent-failed'
  | 'unknown-model';

/** Why a trip could not be planned, phrased for the traveller (what to change). */
export interface TripFailure {
  code: TripFailureCode;
  message: string;
  reasons: string[];
}

export class TripPlanningError extends Error {
  override readonly name = 'TripPlanningError';
  constructor(readonly failure: TripFailure) {
    super(failure.message);
  }
}

export function isTripPlanningError(error: unknown): error is TripPlanningError {
  return error instanceof TripPlanningError;
}
