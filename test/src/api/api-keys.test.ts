import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_PATTERN, ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { runCli } from '../../support/cli.js';
import { testRedis, testRedisUrl, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let keys: ApiKeyStore;

beforeAll(() => {
  redis = testRedis();
  prefix = uniquePrefix('keys');
  keys = new ApiKeyStore(redis, prefix);
});
afterAll(() => redis.quit());

describe('ApiKeyStore', () => {
  it('creates a tpk_ key shown once, storing only its SHA-256', async () => {
    const { key, info } = await keys.create('acme', 'ci');
    expect(key).toMatch(API_KEY_PATTERN);
    expect(info).toMatchObject({
      tenantId: 'acme',
      label: 'ci',
      revokedAt: null,
      id: expect.stringMatching(/^key_/),
    });
    const stored = await redis.keys(`${prefix}*`);
    for (const k of stored) {
      const type = await redis.type(k);
      const values =
        type === 'hash'
          ? Object.values(await redis.hgetall(k))
          : type === 'string'
            ? [await redis.get(k)]
            : [];
      expect([k, ...values].join(' ')).not.toContain(key.slice(4));
    }
  });

  it('verifies a key to its tenant; unknown and malformed keys to null', async () => {
    const { key } = await keys.create('acme');
    expect(await keys.verify(key)).toBe('acme');
    expect(await keys.verify(`tpk_${'x'.repeat(43)}`)).toBeNull();
    expect(await keys.verify('not a key')).toBeNull();
  });

  it('revokes by key or by id; a revoked key no longer verifies but is still listed', async () => {
    const byKey = await keys.create('initech');
    const byId = await keys.create('initech', 'second');
    expect((await keys.revoke(byKey.key))?.revokedAt).toBeTruthy();
    expect((await keys.revoke(byId.info.id))?.revokedAt).toBeTruthy();
    expect(await keys.check(byKey.key)).toEqual({ ok: false, reason: 'revoked' });
    expect(await keys.verify(byId.key)).toBeNull();
    expect(await keys.revoke('key_0000000000000000')).toBeNull();
    const listed = await keys.list('initech');
    expect(listed.map((k) => k.id).sort()).toEqual([byKey.info.id, byId.info.id].sort());
    expect(listed.every((k) => k.revokedAt !== null)).toBe(true);
  });

  it('lists only the tenant’s own keys', async () => {
    const mine = await keys.create('umbrella');
    await keys.create('other-tenant');
    expect((await keys.list('umbrella')).map((k) => k.id)).toEqual([mine.info.id]);
  });

  it('rejects tenant ids that are unsafe in Redis keys', async () => {
    await expect(keys.create('Has Spaces')).rejects.toThrow(/tenant ids/);
    await expect(keys.create('a:b')).rejects.toThrow(/tenant ids/);
  });
});

const runKeys = (args: string[], env: Record<string, string>) => runCli(['keys', ...args], env);

describe('trip-planner keys (CLI)', () => {
  it('creates, lists and revokes a key against the configured Redis', { timeout: 60_000 }, async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: uniquePrefix('cli') };
    const created = await runKeys(['create', 'acme', '--label', 'ci'], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(API_KEY_PATTERN);
    expect(created.stderr).toMatch(/Created key_[0-9a-f]{16} for tenant acme/);

    const listed = await runKeys(['list', 'acme'], env);
    expect(listed.stdout).toMatch(/^key_[0-9a-f]{16} {2}\S+ {2}active {2}ci$/m);
    const id = listed.stdout.split(' ')[0] ?? '';

    const revoked = await runKeys(['revoke', id], env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/revoked/);
    expect(await new ApiKeyStore(redis, env.REDIS_PREFIX).verify(key)).toBeNull();

    const unknown = await runKeys(['revoke', 'key_0000000000000000'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No such key/);
    const badTenant = await runKeys(['list', 'Bad Tenant'], env);
    expect(badTenant.code).toBe(2);
  });
});
