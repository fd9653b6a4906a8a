import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import type { ResolvedAddress } from './egress-policy.js';

/**
 * An undici Agent whose every connection goes to `address`, whatever name it is asked for. The
 * address is the one the egress policy checked, so nothing can resolve the name again between the
 * check and the connect (DNS rebinding). The URL keeps its host name, so Host and TLS SNI (and the
 * certificate check) still use the name. Node asks with `all: true` when it races address families.
 */
export function createPinnedDispatcher(address: ResolvedAddress): Agent {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
  // One delivery, one connection: nothing is kept alive past the attempt.
  return new Agent({ connect: { lookup }, pipelining: 0, connections: 1 });
}
