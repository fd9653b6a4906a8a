import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkWebhookTarget, type WebhookEgressPolicy } from '../../notify/egress-policy.js';
import type { NotifyStores } from '../../notify/notify-stores.js';
import {
  Delivery,
  toWebhookView,
  WEBHOOK_EVENTS,
  WebhookEvent,
  WebhookView,
  WebhookWithSecret,
} from '../../notify/webhook.schema.js';
import { type WebhookUrlPolicy, webhookUrlSchema } from '../../notify/webhook-url.js';
import { ApiError } from '../api-error.js';
import { ErrorBody, errorResponses } from '../api-schemas.js';

export interface WebhooksRoutesOptions {
  stores: NotifyStores;
  /** Which hosts may be reached over plain http; default loopback only (see webhook-url.ts). */
  urlPolicy?: WebhookUrlPolicy;
  /** Which addresses a webhook may resolve to; default public only (see egress-policy.ts). */
  egress?: WebhookEgressPolicy;
}

const SECURITY = [{ apiKey: [] }];
const TAGS = ['webhooks'];

const noWebhook = () => new ApiError(404, 'not_found', 'no webhook configured: PUT /v1/webhook first');
const NO_WEBHOOK = { 404: ErrorBody.describe('No webhook configured for this tenant') };

const DeliveriesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();

export const webhooksRoutes: FastifyPluginAsyncZod<WebhooksRoutesOptions> = async (app, options) => {
  const { webhooks, deliveries } = options.stores;
  const PutBody = z
    .object({
      url: webhookUrlSchema({ allowPrivate: options.egress?.allowPrivate, ...options.urlPolicy }),
      events: z
        .array(WebhookEvent)
        .min(1, 'subscribe to at least one event, or DELETE the webhook')
        .optional()
        .describe(`Events to receive; default all (${WEBHOOK_EVENTS.join(', ')})`),
    })
    .strict();

  app.put(
    '/webhook',
    {
      schema: {
        summary: "Set the tenant's webhook (and a new signing secret)",
        description:
          'Creates or replaces the webhook. Every PUT generates a new secret, shown only in this answer ' +
          '(and in rotate-secret); deliveries are signed with it as Standard Webhooks specifies. A PUT ' +
          're-enables a webhook disabled by a 410 Gone.',
        tags: TAGS,
        security: SECURITY,
        body: PutBody,
        response: { 200: WebhookWithSecret, ...errorResponses(400, 401, 413, 415, 429, 503) },
      },
    },
    async (request) => {
      const { url, events } = request.body;
      // The name is resolved now so a tenant learns at once; deliveries check again (DNS can change).
      const verdict = await checkWebhookTarget(url, options.egress);
      if (!verdict.ok) {
        const { code, message } = verdict.refusal;
        if (code === 'resolver-failed') {
          throw new ApiError(503, 'unavailable', `url: ${message}; try again`, {
            headers: { 'retry-after': '5' },
          });
        }
        throw new ApiError(400, 'validation_failed', `url: ${message}`, {
          issues: [{ in: 'body', path: 'url', message }],
        });
      }
      return webhooks.put(request.tenantId, { url, events: events ?? [...WEBHOOK_EVENTS] });
    },
  );

  app.get(
    '/webhook',
    {
      schema: {
        summary: "The tenant's webhook (without its secret)",
        tags: TAGS,
        security: SECURITY,
        response: { 200: WebhookView, ...errorResponses(401, 429, 503), ...NO_WEBHOOK },
      },
    },
    async (request) => {
      const webhook = await webhooks.get(request.tenantId);
      if (!webhook) throw noWebhook();
      return toWebhookView(webhook);
    },
  );

  app.delete(
    '/webhook',
    {
      schema: {
        summary: "Remove the tenant's webhook; queued events are then not delivered",
        tags: TAGS,
        security: SECURITY,
        response: { 204: z.null().describe('Removed'), ...errorResponses(401, 429, 503), ...NO_WEBHOOK },
      },
    },
    async (request, reply) => {
      if (!(await webhooks.remove(request.tenantId))) throw noWebhook();
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhook/rotate-secret',
    {
      schema: {
        summary: 'Replace the signing secret; the old one stops working at once',
        tags: TAGS,
        security: SECURITY,
        response: { 200: WebhookWithSecret, ...errorResponses(401, 429, 503), ...NO_WEBHOOK },
      },
    },
    async (request) => {
      const webhook = await webhooks.rotateSecret(request.tenantId);
      if (!webhook) throw noWebhook();
      return webhook;
    },
  );

  app.get(
    '/webhook/deliveries',
    {
      schema: {
        summary: 'Recent deliveries and every attempt at each, newest first (kept 30 days)',
        tags: TAGS,
        security: SECURITY,
        querystring: DeliveriesQuery,
        response: {
          200: z.object({ deliveries: z.array(Delivery) }),
          ...errorResponses(400, 401, 429, 503),
        },
      },
    },
    async (request) => ({ deliveries: await deliveries.list(request.tenantId, request.query.limit) }),
  );
};
