import { describe, expect, it } from 'vitest';
import { checkWebhookTarget, refusedRange } from '../../../src/notify/egress-policy.js';
import { webhookUrlProblem } from '../../../src/notify/webhook-url.js';
import { fakeDns, PUBLIC_ADDRESS } from './support/fake-dns.js';
import { SSRF_DNS, ssrfTargets } from './support/ssrf-targets.js';

describe('webhook URLs', () => {
  it.each([
    'https://example.com/hooks/trips',
    'https://example.com:8443/hooks?team=7',
    `https://${PUBLIC_ADDRESS}/hooks`,
    'https://[2606:4700:4700::1111]/hooks',
  ])('accepts %s', (url) => {
    expect(webhookUrlProblem(url)).toBeNull();
  });

  it.each([
    ['not a url', /absolute URL/],
    ['/hooks', /absolute URL/],
    ['ftp://example.com/hooks', /must use https \(got ftp\)/],
    ['javascript:alert(1)', /must use https \(got javascript\)/],
    ['http://example.com/hooks', /^must use https$/],
    ['http://10.0.0.5/hooks', /refused: a private address/],
    ['http://localhost:4000/hooks', /refused: a loopback address/],
    ['https://user:secret@example.com/hooks', /must not contain credentials/],
    ['https://token@example.com/hooks', /must not contain credentials/],
    [`https://example.com/${'a'.repeat(2048)}`, /at most 2048 characters/],
  ])('rejects %s', (url, problem) => {
    expect(webhookUrlProblem(url)).toMatch(problem);
  });

  it('with private networks allowed, plain http reaches loopback only', () => {
    const policy = { allowPrivate: true };
    for (const url of [
      'http://localhost:4000/hooks',
      'http://127.0.0.1:4000/hooks',
      'http://[::1]:4000/hooks',
    ])
      expect(webhookUrlProblem(url, policy)).toBeNull();
    expect(webhookUrlProblem('http://10.0.0.5/hooks', policy)).toMatch(
      /plain http is allowed only for loopback/,
    );
    expect(webhookUrlProblem('https://10.0.0.5/hooks', policy)).toBeNull();
    // Link-local (the metadata service) and metadata names stay refused even then.
    expect(webhookUrlProblem('https://169.254.169.254/', policy)).toMatch(/link-local/);
    expect(webhookUrlProblem('https://metadata.google.internal./', policy)).toMatch(/metadata/);
  });

  it('allows plain http to exactly the hosts a deployment names instead of loopback', () => {
    const policy = { allowHttpHosts: ['hooks.internal'] };
    expect(webhookUrlProblem('http://hooks.internal/x', policy)).toBeNull();
    expect(webhookUrlProblem('http://203.0.113.9/x', { allowHttpHosts: ['hooks.internal'] })).toMatch(
      /reserved/,
    );
  });
});

describe('address ranges', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['0.0.0.0', 'unspecified'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'ipv4Compatible'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:c0a8:101::', 'private'],
    ['2001::1', 'teredo'],
  ])('%s is refused as %s', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each([PUBLIC_ADDRESS, '2606:4700:4700::1111', '::ffff:93.184.215.14', '64:ff9b::5db8:d70e'])(
    '%s is public',
    (address) => {
      expect(refusedRange(address)).toBeNull();
    },
  );

  it('private networks can be opened, link-local and the rest cannot', () => {
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', '100.64.0.1', 'fd00::1', '::ffff:192.168.0.1'])
      expect(refusedRange(address, true)).toBeNull();
    for (const address of ['169.254.169.254', 'fe80::1', '0.0.0.0', '224.0.0.1', '255.255.255.255'])
      expect(refusedRange(address, true)).not.toBeNull();
  });
});

describe('checkWebhookTarget', () => {
  const dns = fakeDns({ ...SSRF_DNS, 'hooks.example.com': [PUBLIC_ADDRESS] });

  it.each(ssrfTargets(6379))('refuses %s by default', async (url) => {
    const verdict = await checkWebhookTarget(url, { resolve: dns.resolve });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.refusal.message).toMatch(/^refused: /);
  });

  it('answers the checked address of a public name, to connect to it and nowhere else', async () => {
    const verdict = await checkWebhookTarget('https://hooks.example.com/trips', { resolve: dns.resolve });
    expect(verdict).toMatchObject({
      ok: true,
      target: { hostname: 'hooks.example.com', address: { address: PUBLIC_ADDRESS, family: 4 } },
    });
  });

  it('a name that does not resolve is refused; a resolver failure is not called a refusal', async () => {
    expect(await checkWebhookTarget('https://nowhere.example/', { resolve: dns.resolve })).toMatchObject({
      ok: false,
      refusal: { code: 'unresolvable' },
    });
    const failing = async () => {
      throw Object.assign(new Error('timeout'), { code: 'EAI_AGAIN' });
    };
    expect(await checkWebhookTarget('https://x.example/', { resolve: failing })).toMatchObject({
      ok: false,
      refusal: { code: 'resolver-failed', message: 'could not resolve the host name (EAI_AGAIN)' },
    });
  });
});
