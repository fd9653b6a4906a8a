import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RedisClient } from '../runtime/redis-client.js';

/** Tenant ids become part of Redis keys, so they are kept to a safe, readable alphabet. */
export const TenantId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,63}$/,
    'tenant ids are 1-64 of a-z, 0-9, _ and -, starting with a letter or digit',
  );

/** `tpk_` + 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^tpk_[A-Za-z0-9_-]{43}$/;
/** A key's public id: safe to log and show, derived from the key's hash. */
export const API_KEY_ID_PATTERN = /^key_[0-9a-f]{16}$/;

export interface ApiKeyInfo {
  id: string;
  tenantId: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export type ApiKeyCheck =
  | { ok: true; tenantId: string; keyId: string }
  | { ok: false; reason: 'unknown' | 'revoked' };

function sha256(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function keyIdOf(hash: string): string {
  return `key_${hash.slice(0, 16)}`;
}

/**
 * API keys in Redis. Only SHA-256(key) is stored: a leaked Redis dump grants nothing, and since
 * keys carry 256 bits of randomness a fast hash is enough (no salt or slow KDF needed).
 * Revoked keys keep a tombstone so the API can say "revoked" rather than "unknown".
 */
export class ApiKeyStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private recordKey(hash: string): string {
    return `${this.prefix}apikey:${hash}`;
  }

  private idKey(id: string): string {
    return `${this.prefix}apikey-id:${id}`;
  }

  private tenantKey(tenantId: string): string {
    return `${this.prefix}tenant:${tenantId}:apikeys`;
  }

  /** Returns the plaintext key: this is the only time it exists outside the caller. */
  async create(tenantId: string, label?: string): Promise<{ key: string; info: ApiKeyInfo }> {
    const tenant = TenantId.parse(tenantId);
    const key = `tpk_${randomBytes(32).toString('base64url')}`;
    const hash = sha256(key);
    const info: ApiKeyInfo = {
      id: keyIdOf(hash),
      tenantId: tenant,
      label: label?.trim() || null,
      createdAt: new Date().toISOString(),
      revokedAt: null,
    };
    // Three slots on a cluster, so three commands, the record last: until it exists the key
    // authenticates nothing, and an index or id entry left by a crash is skipped by list().
    await this.redis.sadd(this.tenantKey(tenant), info.id);
    await this.redis.set(this.idKey(info.id), hash);
    await this.redis.hset(this.recordKey(hash), {
      id: info.id,
      tenantId: info.tenantId,
      label: info.label ?? '',
      createdAt: info.createdAt,
    });
    return { key, info };
  }

  async check(key: string): Promise<ApiKeyCheck> {
    if (!API_KEY_PATTERN.test(key)) return { ok: false, reason: 'unknown' };
    const info = await this.readByHash(sha256(key));
    if (!info) return { ok: false, reason: 'unknown' };
    if (info.revokedAt) return { ok: false, reason: 'revoked' };
    return { ok: true, tenantId: info.tenantId, keyId: info.id };
  }

  /** The key's tenant, or null for an unknown or revoked key. */
  async verify(key: string): Promise<string | null> {
    const result = await this.check(key);
    return result.ok ? result.tenantId : null;
  }

  /** Revokes by plaintext key or by key id; null when no such key exists. Revoking twice is harmless. */
  async revoke(keyOrId: string): Promise<ApiKeyInfo | null> {
    const hash = await this.hashOf(keyOrId);
    if (!hash) return null;
    const info = await this.readByHash(hash);
    if (!info) return null;
    if (info.revokedAt) return info;
    const revokedAt = new Date().toISOString();
    await this.redis.hset(this.recordKey(hash), 'revokedAt', revokedAt);
    return { ...info, revokedAt };
  }

  /** The tenant's keys, revoked ones included, oldest first. */
  async list(tenantId: string): Promise<ApiKeyInfo[]> {
    const ids = await this.redis.smembers(this.tenantKey(TenantId.parse(tenantId)));
    const infos = await Promise.all(
      ids.map(async (id) => {
        const hash = await this.redis.get(this.idKey(id));
        return hash ? this.readByHash(hash) : null;
      }),
    );
    return infos
      .filter((i): i is ApiKeyInfo => i !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  private async hashOf(keyOrId: string): Promise<string | null> {
    if (API_KEY_PATTERN.test(keyOrId)) return sha256(keyOrId);
    if (API_KEY_ID_PATTERN.test(keyOrId)) return this.redis.get(this.idKey(keyOrId));
    return null;
  }

  private async readByHash(hash: string): Promise<ApiKeyInfo | null> {
    const row = await this.redis.hgetall(this.recordKey(hash));
    if (!row.id || !row.tenantId || !row.createdAt) return null;
    return {
      id: row.id,
      tenantId: row.tenantId,
      label: row.label || null,
      createdAt: row.createdAt,
      revokedAt: row.revokedAt || null,
    };
  }
}
