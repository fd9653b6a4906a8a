import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CityInfo } from '../../../../tools/domain/inventory.schema.js';
import type { Gazetteer } from '../../../../tools/providers/world/world-kinds.js';
import { UNKNOWN_CITY } from './kind-contract-support.js';

export interface GazetteerFixture {
  /** A city the gazetteer knows, spelled as a user might (it may differ from the canonical name). */
  city: string;
  /** Another spelling of the fixture city (alias, accents dropped…) that must resolve to it. */
  alias?: string;
}

/**
 * The Gazetteer contract (STYLE.md §6): cities parse and are unique, every listed city resolves
 * by its name in any case, regions list every city's region and find cities in any case, and
 * unknown names give undefined or nothing rather than errors.
 */
export function describeGazetteerContract(
  label: string,
  makeGazetteer: () => Gazetteer,
  fixture: GazetteerFixture,
): void {
  describe(`Gazetteer contract: ${label}`, () => {
    const gazetteer = makeGazetteer();

    it('lists cities that parse as CityInfo, with unique names', () => {
      const cities = gazetteer.listCities();
      expect(cities.length).toBeGreaterThan(0);
      z.array(CityInfo).parse(cities);
      expect(new Set(cities.map((c) => c.name)).size).toBe(cities.length);
    });

    it('resolves every listed city by its name, case-insensitively', () => {
      for (const city of gazetteer.listCities()) {
        expect(gazetteer.resolveCity(city.name)?.name).toBe(city.name);
        expect(gazetteer.resolveCity(city.name.toUpperCase())?.name).toBe(city.name);
        expect(gazetteer.resolveCity(city.name.toLowerCase())?.name).toBe(city.name);
      }
    });

    it('resolves the fixture city (and its alias) to a listed city', () => {
      const found = gazetteer.resolveCity(fixture.city);
      expect(found).toBeDefined();
      expect(gazetteer.listCities().map((c) => c.name)).toContain(found?.name);
      if (fixture.alias !== undefined) expect(gazetteer.resolveCity(fixture.alias)?.name).toBe(found?.name);
    });

    it('returns undefined for unknown or empty names instead of throwing', () => {
      expect(gazetteer.resolveCity(UNKNOWN_CITY)).toBeUndefined();
      expect(gazetteer.resolveCity('')).toBeUndefined();
    });

    it("lists every city's region; citiesInRegion answers in any case, only with cities of that region", () => {
      const regions = new Set(gazetteer.listRegions());
      for (const city of gazetteer.listCities()) expect(regions.has(city.region)).toBe(true);
      const key = (s: string) => s.toLowerCase();
      for (const region of regions) {
        const found = gazetteer.citiesInRegion(region);
        expect(gazetteer.citiesInRegion(region.toUpperCase())).toEqual(found);
        for (const city of found) expect([key(city.region), key(city.country)]).toContain(key(region));
      }
    });

    it('returns no cities for an unknown region', () => {
      expect(gazetteer.citiesInRegion(UNKNOWN_CITY)).toEqual([]);
    });
  });
}
