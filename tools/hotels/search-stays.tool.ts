import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import {
  CityName,
  HouseRule,
  IsoDate,
  RoomTypeRequirement,
  roomTypeSatisfies,
} from '../domain/common.schema.js';
import { Stay } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';
import { stayQuery } from './stay-query.js';

export const SearchStaysInput = z.object({
  city: CityName,
  roomType: RoomTypeRequirement.nullable().default(null).describe('Required room type, or null for any'),
  mustAllow: z
    .array(HouseRule)
    .default([])
    .describe('House rules the guests need allowed (pets, smoking, …)'),
  nights: z
    .number()
    .int()
    .min(1)
    .max(60)
    .nullable()
    .default(null)
    .describe('Nights planned: drops stays whose minimum stay is longer'),
  checkIn: IsoDate.nullable().default(null).describe('First night, YYYY-MM-DD, or null'),
  checkOut: IsoDate.nullable()
    .default(null)
    .describe('The morning after the last night, YYYY-MM-DD, or null'),
  travellers: z.number().int().min(1).max(20).nullable().default(null).describe('Guests, or null'),
  maxPricePerNight: z.number().positive().nullable().default(null),
  limit: z.number().int().min(1).max(50).default(20),
});
export const SearchStaysOutput = z.object({ stays: z.array(Stay), totalInCity: z.number().int() });

export function createSearchStaysTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'search_stays',
    description:
      'Finds accommodation in a city matching room type, house rules, the number of nights (minimum-stay rules) and a price cap. Prices are per room per night; a room sleeps up to maximumOccupancy guests. Sorted by rating, then price.',
    input: SearchStaysInput,
    output: SearchStaysOutput,
    run: async (args) => {
      const city = resolveCityOrThrow(deps.world, args.city).name;
      const all = await deps.world.searchStays({ city, ...stayQuery(args) });
      const matching = all
        .filter((s) => args.roomType === null || roomTypeSatisfies(s.roomType, args.roomType))
        .filter((s) => s.forbids.every((rule) => !args.mustAllow.includes(rule)))
        .filter((s) => args.nights === null || s.minimumNights <= args.nights)
        .filter((s) => args.maxPricePerNight === null || s.pricePerNight <= args.maxPricePerNight)
        .sort(
          (a, b) => b.rating - a.rating || a.pricePerNight - b.pricePerNight || a.name.localeCompare(b.name),
        );
      return { stays: matching.slice(0, args.limit), totalInCity: all.length };
    },
  });
}
