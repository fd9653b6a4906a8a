export type QualityInputErrorCode = 'unreadable-file' | 'malformed-line' | 'duplicate-query';

/** An input file the quality tools cannot use; the message names the file and line. */
export class QualityInputError extends Error {
  override readonly name = 'QualityInputError';
  constructor(
    readonly code: QualityInputErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isQualityInputError(error: unknown): error is QualityInputError {
  return error instanceof QualityInputError;
}
