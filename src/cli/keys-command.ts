import type { Command } from 'commander';
import { type ApiKeyInfo, ApiKeyStore, TenantId } from '../tenancy/api-keys.js';
import { withOperatorRedis } from './operator-redis.js';

/** Opens the store on the configured Redis, runs `action`, and always closes the connection. */
function withKeyStore<T>(action: (store: ApiKeyStore) => Promise<T>): Promise<T> {
  return withOperatorRedis((redis, config) => action(new ApiKeyStore(redis, config.REDIS_PREFIX)));
}

function describeKey(info: ApiKeyInfo): string {
  const state = info.revokedAt ? `revoked ${info.revokedAt}` : 'active';
  return `${info.id}  ${info.createdAt}  ${state}${info.label ? `  ${info.label}` : ''}`;
}

function tenantOrExit(tenant: string): string | null {
  const parsed = TenantId.safeParse(tenant);
  if (parsed.success) return parsed.data;
  process.stderr.write(`Invalid tenant "${tenant}": ${parsed.error.issues[0]?.message ?? 'invalid'}\n`);
  process.exitCode = 2;
  return null;
}

/** `keys create|list|revoke`: manage tenants' API keys in the configured Redis. */
export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description("Manage tenants' API keys");

  keys
    .command('create')
    .description('Create an API key for a tenant; the key is printed once and cannot be shown again')
    .argument('<tenant>', 'tenant id (a-z, 0-9, _ and -)')
    .option('--label <label>', 'a note to recognise the key by, e.g. "ci" or "mobile app"')
    .action(async (tenant: string, options: { label?: string }) => {
      const tenantId = tenantOrExit(tenant);
      if (!tenantId) return;
      const { key, info } = await withKeyStore((store) => store.create(tenantId, options.label));
      // The key alone on stdout so scripts can capture it; the explanation goes to stderr.
      process.stdout.write(`${key}\n`);
      process.stderr.write(
        `Created ${info.id} for tenant ${info.tenantId}. Store the key now: only its hash is kept.\n`,
      );
    });

  keys
    .command('list')
    .description("List a tenant's keys (ids only; keys themselves are never stored)")
    .argument('<tenant>', 'tenant id')
    .action(async (tenant: string) => {
      const tenantId = tenantOrExit(tenant);
      if (!tenantId) return;
      const infos = await withKeyStore((store) => store.list(tenantId));
      if (infos.length === 0) process.stderr.write(`Tenant ${tenantId} has no keys.\n`);
      for (const info of infos) process.stdout.write(`${describeKey(info)}\n`);
    });

  keys
    .command('revoke')
    .description('Revoke a key, given the key itself or its id (key_…)')
    .argument('<key-or-id>', 'the tpk_… key or its key_… id')
    .action(async (keyOrId: string) => {
      const info = await withKeyStore((store) => store.revoke(keyOrId));
      if (!info) {
        process.stderr.write('No such key (expected a tpk_… key or a key_… id).\n');
        process.exitCode = 2;
        return;
      }
      process.stdout.write(`${describeKey(info)}\n`);
    });
}
