import { request } from 'undici';
import { checkWebhookTarget, type WebhookEgressPolicy } from './egress-policy.js';
import { createPinnedDispatcher } from './pinned-dispatcher.js';
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
  /** Which addresses may be reached (checked now, at delivery, not only when the URL was set). */
  egress?: WebhookEgressPolicy;
  /** Aborts the request early (the job was cancelled). */
  signal?: AbortSignal;
}

export interface WebhookPostResult {
  attempt: DeliveryAttempt;
  /** Why no 2xx came back: a status, a refusal, or no response at all; null when delivered. */
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
  // undici's errors and Node's socket errors carry a code (ECONNREFUSED, UND_ERR_SOCKET, …).
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.name : String(error);
  return { code: 'network', message: `request failed: ${reason}` };
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * One signed POST of a delivery. The URL's host is resolved and checked against the egress policy
 * first, and the request connects to that checked address only. Every outcome is returned (nothing
 * thrown), so the caller can record the attempt before deciding about retries. The history gets our
 * verdict (status code, refusal, timing), never the receiver's body or reason phrase: with a
 * tenant-chosen URL those would make the history a window onto whatever the URL reaches. Redirects
 * are not followed: a webhook URL must answer itself, and following one would send the signed body
 * somewhere the tenant never named (and past the egress check).
 */
export async function postWebhook(post: WebhookPost): Promise<WebhookPostResult> {
  const started = performance.now();
  const at = new Date();
  const elapsed = () => Math.round(performance.now() - started);
  const noResponse = (code: WebhookDeliveryErrorCode, message: string): WebhookPostResult => ({
    attempt: { at: at.toISOString(), statusCode: null, error: message, durationMs: elapsed() },
    failure: code,
    retryAfter: null,
  });

  const timeout = AbortSignal.timeout(post.timeoutMs);
  const signal = post.signal ? AbortSignal.any([timeout, post.signal]) : timeout;
  // The lookup counts against the attempt's time too: a resolver that hangs must not hold the job.
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => {});
  let verdict: Awaited<ReturnType<typeof checkWebhookTarget>>;
  try {
    verdict = await Promise.race([checkWebhookTarget(post.url, post.egress), aborted]);
  } catch (error) {
    const { code, message } = describeFailure(error, post.timeoutMs);
    return noResponse(code, message);
  }
  if (!verdict.ok) {
    const { code, message } = verdict.refusal;
    // A name that does not resolve right now may next time; an address the policy refuses will not.
    return noResponse(code === 'refused-address' || code === 'refused-name' ? 'refused' : 'network', message);
  }

  const dispatcher = createPinnedDispatcher(verdict.target.address);
  try {
    const response = await request(verdict.target.url, {
      method: 'POST',
      dispatcher,
      signal,
      headers: {
        'content-type': 'application/json',
        'user-agent': post.userAgent,
        ...webhookHeaders(post.secret, post.deliveryId, Math.floor(at.getTime() / 1000), post.body),
      },
      body: post.body,
    });
    // The answer's body is never read: dumping it frees the connection.
    await response.body.dump().catch(() => {});
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    return {
      attempt: {
        at: at.toISOString(),
        statusCode: response.statusCode,
        error: ok ? null : `HTTP ${response.statusCode}`,
        durationMs: elapsed(),
      },
      failure: ok ? null : 'http-status',
      retryAfter: header(response.headers['retry-after']),
    };
  } catch (error) {
    const { code, message } = describeFailure(error, post.timeoutMs);
    return noResponse(code, message);
  } finally {
    await dispatcher.destroy().catch(() => {});
  }
}
