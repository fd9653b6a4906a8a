import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures as the Standard Webhooks spec (https://www.standardwebhooks.com) defines them,
 * so receivers can use any of its libraries: HMAC-SHA256 over `<id>.<timestamp>.<body>`, keyed with
 * the base64-decoded part of a `whsec_…` secret, sent as `webhook-signature: v1,<base64>`.
 */

const SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
}

function hmac(secret: string, id: string, timestamp: string | number, body: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest();
}

/** The `webhook-signature` header value for one delivery attempt. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  return `v1,${hmac(secret, id, timestampSeconds, body).toString('base64')}`;
}

/** The three headers that carry a delivery's identity and signature. */
export function webhookHeaders(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signWebhook(secret, id, timestampSeconds, body),
  };
}

/** Node's IncomingHttpHeaders, a plain record, or fetch's Headers. */
export type WebhookRequestHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far the timestamp may be from now, either way, against replays. Default 300 s. */
  toleranceSeconds?: number;
  /** The current time in ms (tests). Default Date.now(). */
  now?: number;
}

export type WebhookVerification =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; reason: 'missing-headers' | 'stale-timestamp' | 'bad-signature' };

function header(headers: WebhookRequestHeaders, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

/**
 * Checks a received delivery: `body` must be the raw request body exactly as received (parsing and
 * re-serialising JSON changes the bytes). Several space-separated signatures are accepted, any one
 * of which may match, as the spec allows.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: WebhookRequestHeaders,
  body: string,
  options: VerifyWebhookOptions = {},
): WebhookVerification {
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestampText || !signatures) return { ok: false, reason: 'missing-headers' };
  const timestamp = Number(timestampText);
  const nowSeconds = (options.now ?? Date.now()) / 1000;
  if (!/^\d+$/.test(timestampText) || Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? 300)) {
    return { ok: false, reason: 'stale-timestamp' };
  }
  const expected = hmac(secret, id, timestampText, body);
  for (const entry of signatures.split(' ')) {
    const [version, encoded] = entry.split(',', 2);
    if (version !== 'v1' || !encoded) continue;
    const given = Buffer.from(encoded, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected))
      return { ok: true, id, timestamp };
  }
  return { ok: false, reason: 'bad-signature' };
}
