/** 'refused': the egress policy would not let the delivery reach the URL's address (see egress-policy.ts). */
export type WebhookDeliveryErrorCode = 'http-status' | 'network' | 'timeout' | 'aborted' | 'refused';

/** A delivery attempt that failed in a way worth retrying; the worker's backoff reads `retryAfterMs`. */
export class WebhookDeliveryError extends Error {
  override readonly name = 'WebhookDeliveryError';

  constructor(
    readonly code: WebhookDeliveryErrorCode,
    message: string,
    readonly details: { statusCode?: number | null; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
  }

  get statusCode(): number | null {
    return this.details.statusCode ?? null;
  }

  get retryAfterMs(): number | null {
    return this.details.retryAfterMs ?? null;
  }
}

export function isWebhookDeliveryError(error: unknown): error is WebhookDeliveryError {
  return error instanceof WebhookDeliveryError;
}
