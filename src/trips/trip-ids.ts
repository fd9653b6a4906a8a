import { randomBytes } from 'node:crypto';

/** Sortable-enough, unguessable ids: 24 base-36 characters of randomness (≈124 bits). */
export function newTripId(): string {
  const bytes = randomBytes(16);
  return `trp_${BigInt(`0x${bytes.toString('hex')}`)
    .toString(36)
    .padStart(25, '0')
    .slice(0, 24)}`;
}
