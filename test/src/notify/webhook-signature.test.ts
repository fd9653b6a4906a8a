import { describe, expect, it } from 'vitest';
import { WebhookSecret } from '../../../src/notify/webhook.schema.js';
import {
  newWebhookSecret,
  signWebhook,
  verifyWebhookSignature,
  webhookHeaders,
} from '../../../src/notify/webhook-signature.js';

/** The Standard Webhooks reference vector (the same one its libraries test against). */
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const AT_VECTOR_TIME = { now: VECTOR.timestamp * 1000 };

describe('webhook signatures (Standard Webhooks)', () => {
  it('signs the reference vector exactly as the spec’s libraries do', () => {
    expect(signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('verifies the reference vector from plain headers and from fetch Headers', () => {
    const headers = {
      'webhook-id': VECTOR.id,
      'webhook-timestamp': String(VECTOR.timestamp),
      'webhook-signature': VECTOR.signature,
    };
    const ok = { ok: true, id: VECTOR.id, timestamp: VECTOR.timestamp };
    expect(verifyWebhookSignature(VECTOR.secret, headers, VECTOR.body, AT_VECTOR_TIME)).toEqual(ok);
    expect(verifyWebhookSignature(VECTOR.secret, new Headers(headers), VECTOR.body, AT_VECTOR_TIME)).toEqual(
      ok,
    );
  });

  it('rejects a changed body, another secret, a stale timestamp and missing headers', () => {
    const secret = newWebhookSecret();
    const now = Date.now();
    const headers = webhookHeaders(secret, 'trp_x.v1.replanned', Math.floor(now / 1000), '{"a":1}');
    expect(verifyWebhookSignature(secret, headers, '{"a":1}', { now }).ok).toBe(true);
    expect(verifyWebhookSignature(secret, headers, '{"a":2}', { now })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyWebhookSignature(newWebhookSecret(), headers, '{"a":1}', { now })).toMatchObject({
      reason: 'bad-signature',
    });
    expect(verifyWebhookSignature(secret, headers, '{"a":1}', { now: now + 301_000 })).toMatchObject({
      reason: 'stale-timestamp',
    });
    expect(
      verifyWebhookSignature(secret, headers, '{"a":1}', { now: now + 301_000, toleranceSeconds: 600 }).ok,
    ).toBe(true);
    const { 'webhook-id': _id, ...withoutId } = headers;
    expect(verifyWebhookSignature(secret, withoutId, '{"a":1}', { now })).toMatchObject({
      reason: 'missing-headers',
    });
  });

  it('accepts any one of several space-separated signatures', () => {
    const headers = {
      'webhook-id': VECTOR.id,
      'webhook-timestamp': String(VECTOR.timestamp),
      'webhook-signature': `v1,bm90IGl0 v2,whatever ${VECTOR.signature}`,
    };
    expect(verifyWebhookSignature(VECTOR.secret, headers, VECTOR.body, AT_VECTOR_TIME).ok).toBe(true);
  });

  it('makes secrets in the whsec_ format, different every time', () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    expect(WebhookSecret.parse(a)).toBe(a);
    expect(a).not.toBe(b);
  });
});
