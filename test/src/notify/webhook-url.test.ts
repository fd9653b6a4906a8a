import { describe, expect, it } from 'vitest';
import { webhookUrlProblem } from '../../../src/notify/webhook-url.js';

describe('webhook URLs', () => {
  it.each([
    'https://example.com/hooks/trips',
    'https://example.com:8443/hooks?team=7',
    'http://localhost:4000/hooks',
    'http://127.0.0.1:4000/hooks',
    'http://127.1.2.3/hooks',
    'http://[::1]:4000/hooks',
  ])('accepts %s', (url) => {
    expect(webhookUrlProblem(url)).toBeNull();
  });

  it.each([
    ['not a url', /absolute URL/],
    ['/hooks', /absolute URL/],
    ['ftp://example.com/hooks', /must use https \(got ftp\)/],
    ['javascript:alert(1)', /must use https \(got javascript\)/],
    ['http://example.com/hooks', /plain http is allowed only for loopback/],
    ['http://10.0.0.5/hooks', /plain http is allowed only for loopback/],
    ['https://user:secret@example.com/hooks', /must not contain credentials/],
    ['https://token@example.com/hooks', /must not contain credentials/],
    [`https://example.com/${'a'.repeat(2048)}`, /at most 2048 characters/],
  ])('rejects %s', (url, problem) => {
    expect(webhookUrlProblem(url)).toMatch(problem);
  });

  it('allows plain http to exactly the hosts a deployment names instead of loopback', () => {
    const policy = { allowHttpHosts: ['hooks.internal'] };
    expect(webhookUrlProblem('http://hooks.internal/x', policy)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1/x', policy)).toMatch(/only for hooks.internal/);
  });
});
