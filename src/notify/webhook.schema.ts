import { z } from 'zod';
import { TripId } from '../trips/trip.schema.js';

/** What a tenant can subscribe to; a webhook with no `events` given gets all of them. */
export const WEBHOOK_EVENTS = ['replanned', 'needs_attention', 'watch_ended'] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/**
 * Chosen by the producer so one event always gets one id (e.g. `trp_….v3.replanned`). It is also the
 * BullMQ job id, so no ':' and not all digits (BullMQ refuses both).
 */
export const DeliveryId = z
  .string()
  .regex(
    /^(?!\d+$)[A-Za-z0-9_.-]{1,128}$/,
    'delivery ids are 1-128 of A-Z, a-z, 0-9, _, . and - (not all digits, no ":")',
  );

/** Event details sent as the body's `data` (e.g. version, sentence, reason): any JSON values. */
export const NotificationData = z.record(z.string(), z.json());
export type NotificationData = z.infer<typeof NotificationData>;

/** The webhook signing secret: `whsec_` + base64 of 32 random bytes (Standard Webhooks format). */
export const WebhookSecret = z.string().regex(/^whsec_[A-Za-z0-9+/]{43}=$/);

/** A tenant's webhook as stored (the secret included: the worker signs with it). */
export interface Webhook {
  url: string;
  events: WebhookEvent[];
  secret: string;
  createdAt: string;
  /** Set when the receiver answered 410 Gone; a PUT of the webhook clears it. */
  disabledAt: string | null;
  disabledReason: string | null;
}

/** What GET /v1/webhook shows: never the secret. */
export const WebhookView = z.object({
  url: z.string(),
  events: z.array(WebhookEvent),
  createdAt: z.iso.datetime(),
  disabledAt: z.iso
    .datetime()
    .nullable()
    .describe('When deliveries stopped because the receiver answered 410 Gone; PUT the webhook to resume'),
  disabledReason: z.string().nullable(),
});

/** What PUT and rotate-secret answer: the only times the secret leaves the service. */
export const WebhookWithSecret = WebhookView.extend({
  secret: WebhookSecret.describe('Verify deliveries with it (Standard Webhooks); shown only now'),
});

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const DeliveryAttempt = z.object({
  at: z.iso.datetime(),
  /** The receiver's status code; null when no response came (network error, timeout). */
  statusCode: z.number().int().nullable(),
  /** Why the attempt did not deliver; null when it did. */
  error: z.string().nullable(),
  durationMs: z.number().int().nonnegative(),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;

export const Delivery = z.object({
  deliveryId: DeliveryId,
  event: WebhookEvent,
  tripId: TripId,
  status: DeliveryStatus,
  attempts: z.array(DeliveryAttempt),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
});
export type Delivery = z.infer<typeof Delivery>;

export function toWebhookView({ secret: _secret, ...view }: Webhook): z.infer<typeof WebhookView> {
  return view;
}
