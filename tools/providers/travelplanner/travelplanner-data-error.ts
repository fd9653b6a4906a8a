export type TravelPlannerDataErrorCode = 'unknown-entry' | 'malformed-record' | 'malformed-plan';

/** The dataset says something we cannot read; retrying cannot help, so callers report and move on. */
export class TravelPlannerDataError extends Error {
  override readonly name = 'TravelPlannerDataError';
  constructor(
    readonly code: TravelPlannerDataErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isTravelPlannerDataError(error: unknown): error is TravelPlannerDataError {
  return error instanceof TravelPlannerDataError;
}
