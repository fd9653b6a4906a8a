import type { ResolvedAddress, ResolveHost } from '../../../../src/notify/egress-policy.js';

/** A public address (documentation range is refused, so a real one: example.com's). */
export const PUBLIC_ADDRESS = '93.184.215.14';

export interface FakeDns {
  resolve: ResolveHost;
  /** Sets what `name` resolves to from now on (a DNS change, e.g. rebinding to loopback). */
  set(name: string, ...addresses: string[]): void;
  /** How many times each name was looked up. */
  lookups: Map<string, number>;
}

/**
 * A resolver the egress policy can be given instead of the system's, so tests control what a name
 * resolves to at PUT and at each delivery. Unknown names fail as the system resolver does.
 */
export function fakeDns(records: Record<string, string[]> = {}): FakeDns {
  const table = new Map(Object.entries(records));
  const lookups = new Map<string, number>();
  return {
    lookups,
    set(name, ...addresses) {
      table.set(name, addresses);
    },
    async resolve(hostname) {
      lookups.set(hostname, (lookups.get(hostname) ?? 0) + 1);
      const addresses = table.get(hostname);
      if (!addresses)
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return addresses.map(
        (address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }),
      );
    },
  };
}
