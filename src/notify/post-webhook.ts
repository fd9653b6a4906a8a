import type { DeliveryAttempt } from './webhook.schema.js';
import type { WebhookDeliveryErrorCode } from './webhook-delivery-error.js';
import { webhookHeaders } from './webhook-signature.js';

export interface WebhookPost {
  url: string;
  secret: string;
  deliveryId: string;
  /** The exact bytes that are signed and sent. */
  body: string;
  timeoutMs: number;
  userAgent: string;
  /** Aborts the request early (the job was cancelled). */
  signal?: AbortSignal;
}

export interface WebhookPostResult {
  attempt: DeliveryAttempt;
  /** Why no 2xx came back: a status, or no response at all; null when delivered. */
  failure: WebhookDeliveryErrorCode | null;
  /** The receiver's Retry-After header (429/503), if it sent one. */
  retryAfter: string | null;
}

/** What went wrong with a request that got no response, for the delivery history. */
function describeFailure(
  error: unknown,
  timeoutMs: number,
): { code: WebhookDeliveryErrorCode; message: string } {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return { code: 'timeout', message: `no response within ${timeoutMs} ms` };
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return { code: 'aborted', message: 'cancelled before the receiver answered' };
  }
  // undici reports every connection problem as TypeError('fetch failed') with the reason as cause.
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { code: 'network', message: `request failed: ${reason}` };
}

/**
 * One signed POST of a delivery. Every outcome is returned (nothing thrown), so the caller can
 * record the attempt before deciding about retries. Redirects are not followed: a webhook URL must
 * answer itself, and following one would send the signed body somewhere the tenant never named.
 */
export async function postWebhook(post: WebhookPost): Promise<WebhookPostResult> {
  const started = performance.now();
  const at = new Date();
  const timeout = AbortSignal.timeout(post.timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(post.url, {
      method: 'POST',
      redirect: 'manual',
      signal: post.signal ? AbortSignal.any([timeout, post.signal]) : timeout,
      headers: {
        'content-type': 'application/json',
        'user-agent': post.userAgent,
        ...webhookHeaders(post.secret, post.deliveryId, Math.floor(at.getTime() / 1000), post.body),
      },
      body: post.body,
    });
    // The answer's body is never used; discarding it frees the connection.
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    const text = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      attempt: {
        at: at.toISOString(),
        statusCode: response.status,
        error: ok ? null : text,
        durationMs: elapsed(),
      },
      failure: ok ? null : 'http-status',
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    const { code, message } = describeFailure(error, post.timeoutMs);
    return {
      attempt: { at: at.toISOString(), statusCode: null, error: message, durationMs: elapsed() },
      failure: code,
      retryAfter: null,
    };
  }
}
