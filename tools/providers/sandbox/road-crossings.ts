import type { SandboxCity } from './gazetteer.js';

/** What a road between two cities spends on a link across water: time aboard and waiting, a fare per vehicle. */
export interface RoadCrossing {
  minutes: number;
  /** USD per car or taxi, one way. */
  fare: number;
}

/**
 * Which side of Europe's straits a country's roads are on. Great Britain reaches the mainland
 * only by the Channel Tunnel's car shuttle (Folkestone → Calais: 35 minutes aboard after about
 * 40 of check-in, from about $180 a car); Denmark by the Fehmarn Belt ferry (Puttgarden → Rødby,
 * 45 minutes and a wait, about $110); Sweden and Norway reach Denmark over the Øresund Bridge
 * (a toll of about $60). A drive from London to Paris was 3.9 h and $39 of fuel, cheaper and as
 * quick as the Eurostar, because the sea was not on the road.
 */
const SIDE: Readonly<Record<string, 'britain' | 'denmark' | 'scandinavia'>> = {
  GB: 'britain',
  DK: 'denmark',
  SE: 'scandinavia',
  NO: 'scandinavia',
};
const CHANNEL: RoadCrossing = { minutes: 75, fare: 180 };
const FEHMARN_BELT: RoadCrossing = { minutes: 60, fare: 110 };
const ORESUND: RoadCrossing = { minutes: 0, fare: 60 };

/**
 * The crossings on the road between two cities of Europe's landmass, in order of the way; none
 * for cities on the same side. Scandinavia reaches the mainland through Denmark (both links).
 */
export function roadCrossings(from: SandboxCity, to: SandboxCity): RoadCrossing[] {
  if (from.curated.landmass !== 'europe' || to.curated.landmass !== 'europe') return [];
  const a = SIDE[from.curated.countryCode] ?? 'mainland';
  const b = SIDE[to.curated.countryCode] ?? 'mainland';
  if (a === b) return [];
  const links: RoadCrossing[] = [];
  for (const side of [a, b]) {
    if (side === 'britain') links.push(CHANNEL);
    if (side === 'scandinavia') links.push(ORESUND);
  }
  // Between Denmark and anything but Scandinavia, or Scandinavia and the mainland or Britain,
  // the road crosses the Fehmarn Belt.
  const beltSides = [a, b].filter((s) => s !== 'denmark');
  const viaDenmark = a === 'denmark' || b === 'denmark' || a === 'scandinavia' || b === 'scandinavia';
  if (viaDenmark && !beltSides.every((s) => s === 'scandinavia')) links.push(FEHMARN_BELT);
  return links;
}
