import { z } from 'zod';
import { hostProblem } from './egress-policy.js';

export interface WebhookUrlPolicy {
  /**
   * Hosts (as in `new URL(url).hostname`) that may receive plain-http webhooks. Default: loopback
   * only (localhost, 127.0.0.0/8, [::1]) and only with `allowPrivate`, so a receiver on the same
   * machine works in development and tests while nothing crosses a network in clear text.
   * Everywhere else the URL must be https.
   */
  allowHttpHosts?: readonly string[];
  /** Accept loopback and private address literals (WEBHOOK_ALLOW_PRIVATE; see egress-policy.ts). Default false. */
  allowPrivate?: boolean;
}

const MAX_URL_LENGTH = 2048;

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function isAllowedOverHttp(hostname: string, policy: WebhookUrlPolicy): boolean {
  if (policy.allowHttpHosts) return policy.allowHttpHosts.includes(hostname);
  return (policy.allowPrivate ?? false) && isLoopback(hostname);
}

function httpHostsInWords(policy: WebhookUrlPolicy): string | null {
  if (policy.allowHttpHosts) return policy.allowHttpHosts.join(', ');
  return policy.allowPrivate ? 'loopback hosts (localhost, 127.0.0.0/8, [::1])' : null;
}

/**
 * What is wrong with `text` as a webhook URL, in words for the client; null when it is fine. This
 * is the check a text can answer (scheme, credentials, address literals and metadata names in any
 * notation); a host name is resolved and checked by checkWebhookTarget, at PUT and at delivery.
 */
export function webhookUrlProblem(text: string, policy: WebhookUrlPolicy = {}): string | null {
  if (text.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL like https://example.com/hooks/trips';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `must use https (got ${url.protocol.replace(/:$/, '')})`;
  }
  // Credentials in a URL end up in logs and the history; receivers authenticate with the signature.
  if (url.username || url.password)
    return 'must not contain credentials (user:password@); verify the signature instead';
  const refused = hostProblem(url, policy.allowPrivate);
  if (refused) return refused.message;
  if (url.protocol === 'http:' && !isAllowedOverHttp(url.hostname, policy)) {
    const allowed = httpHostsInWords(policy);
    return allowed ? `must use https; plain http is allowed only for ${allowed}` : 'must use https';
  }
  return null;
}

/** The URL field of PUT /v1/webhook: a 400 names exactly what is wrong. */
export function webhookUrlSchema(policy: WebhookUrlPolicy = {}) {
  return z
    .string()
    .superRefine((text, ctx) => {
      const problem = webhookUrlProblem(text, policy);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe('Where events are POSTed: https to a public address (see the egress policy in the README)');
}
