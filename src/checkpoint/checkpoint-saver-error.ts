export type CheckpointSaverErrorCode =
  /** The RunnableConfig lacks an id the operation needs, or carries one that is not a usable string. */
  | 'invalid-config'
  /** The saver was built with options it cannot work with. */
  | 'invalid-options'
  /** A stored record does not decode: written by an incompatible version, or damaged. */
  | 'corrupt-record'
  /** Redis rejected a command inside a transaction or pipeline. */
  | 'redis-command';

/** A failure of the Redis checkpoint saver; retrying never fixes `invalid-*` or `corrupt-record`. */
export class CheckpointSaverError extends Error {
  override readonly name = 'CheckpointSaverError';
  constructor(
    readonly code: CheckpointSaverErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isCheckpointSaverError(error: unknown): error is CheckpointSaverError {
  return error instanceof CheckpointSaverError;
}
