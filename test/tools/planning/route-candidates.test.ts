import { describe, expect, it } from 'vitest';
import { candidateRoutes, hopsOf, nightSplits } from '../../../tools/planning/route-candidates.js';
import { COLORADO, city, makeSpec, regionSpec, SEATTLE } from './fixtures.js';

describe('candidateRoutes', () => {
  it('gives a city destination one route with every night there', () => {
    expect(candidateRoutes(makeSpec({ days: 5 }), [])).toEqual([{ cities: ['Denver'], nights: [4] }]);
  });

  it('covers every ordering of a 3-city region, even splits first, capped at 24', () => {
    const routes = candidateRoutes(regionSpec(), [SEATTLE, ...COLORADO]);
    expect(routes).toHaveLength(24);
    expect(routes.slice(0, 6).every((r) => r.nights.join() === '2,2,2')).toBe(true);
    expect(new Set(routes.map((r) => r.cities.join('>'))).size).toBe(6);
    for (const r of routes) {
      expect(r.nights.reduce((a, b) => a + b, 0)).toBe(6);
      expect(r.nights.every((n) => n >= 1)).toBe(true);
      expect(new Set(r.cities).size).toBe(3);
      expect(r.cities).not.toContain('Seattle');
    }
    // Uneven splits are there for stays with longer minimum nights.
    expect(routes.some((r) => r.nights.includes(3))).toBe(true);
  });

  it('prefers a compact loop and busy cities', () => {
    const far = city('Miami', 'Colorado', 25.76, -80.19);
    const routes = candidateRoutes(
      regionSpec({ destination: { kind: 'region', region: 'Colorado', cityCount: 2 }, days: 5 }),
      [SEATTLE, far, ...COLORADO],
    );
    expect(routes[0]!.cities).not.toContain('Miami');
    const quiet = candidateRoutes(
      regionSpec({ destination: { kind: 'region', region: 'Colorado', cityCount: 1 }, days: 3 }),
      COLORADO,
      { origin: SEATTLE, activity: { Denver: 1, Boulder: 1, Aspen: 50 } },
    );
    expect(quiet[0]!.cities).toEqual(['Aspen']);
  });

  it('lists every ordering when cities have no location', () => {
    const blind = COLORADO.map((c) => ({ ...c, location: null }));
    const routes = candidateRoutes(regionSpec(), blind);
    expect(new Set(routes.map((r) => r.cities.join('>'))).size).toBe(6);
  });

  it('stays bounded for a large region and honours max', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      city(`Town ${i}`, 'Colorado', 39 + i / 30, -105 + i / 40),
    );
    const routes = candidateRoutes(regionSpec(), [SEATTLE, ...many], { max: 10 });
    expect(routes).toHaveLength(10);
    expect(new Set(routes.map((r) => r.cities.join('>'))).size).toBeGreaterThan(1);
  });

  it('returns nothing when the nights cannot cover the cities', () => {
    expect(candidateRoutes(regionSpec({ days: 3 }), COLORADO)).toEqual([]);
    expect(candidateRoutes(regionSpec(), [DENVER_ONLY])).toEqual([]);
  });
});

const DENVER_ONLY = COLORADO[0]!;

describe('nightSplits', () => {
  it('enumerates compositions, most even first', () => {
    const splits = nightSplits(6, 3);
    expect(splits).toHaveLength(10);
    expect(splits[0]).toEqual([2, 2, 2]);
    expect(splits.at(-1)?.includes(4)).toBe(true);
  });
});

describe('hopsOf', () => {
  it('leaves on day 1, moves the day after each stay, returns on the last day', () => {
    const hops = hopsOf(regionSpec(), { cities: ['Denver', 'Boulder', 'Aspen'], nights: [2, 3, 1] });
    expect(hops).toEqual([
      { from: 'Seattle', to: 'Denver', day: 1, date: '2025-06-01' },
      { from: 'Denver', to: 'Boulder', day: 3, date: '2025-06-03' },
      { from: 'Boulder', to: 'Aspen', day: 6, date: '2025-06-06' },
      { from: 'Aspen', to: 'Seattle', day: 7, date: '2025-06-07' },
    ]);
  });
});
