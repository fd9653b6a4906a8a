import { z } from 'zod';

export interface WebhookUrlPolicy {
  /**
   * Hosts (as in `new URL(url).hostname`) that may receive plain-http webhooks. Default: loopback
   * only (localhost, 127.0.0.0/8, [::1]), so a receiver on the same machine works in development
   * and tests while nothing crosses a network in clear text. Everywhere else the URL must be https.
   */
  allowHttpHosts?: readonly string[];
}

const MAX_URL_LENGTH = 2048;

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function isAllowedOverHttp(hostname: string, policy: WebhookUrlPolicy): boolean {
  return policy.allowHttpHosts ? policy.allowHttpHosts.includes(hostname) : isLoopback(hostname);
}

/** What is wrong with `text` as a webhook URL, in words for the client; null when it is fine. */
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
  if (url.protocol === 'http:' && !isAllowedOverHttp(url.hostname, policy)) {
    const allowed = policy.allowHttpHosts?.join(', ') ?? 'loopback hosts (localhost, 127.0.0.0/8, [::1])';
    return `must use https; plain http is allowed only for ${allowed}`;
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
    .describe('Where events are POSTed: https, or http to a loopback host');
}
