import { z } from 'zod';
import { CityName, IsoDate, TransportMode } from '../../tools/domain/common.schema.js';
import { GroundMode } from '../../tools/domain/inventory.schema.js';
import { FlightTimes } from '../../tools/domain/trip-spec.schema.js';

export const FlightsTask = z.object({
  travellers: z.number().int().min(1),
  excludedModes: z.array(TransportMode),
  /** The party's wishes about flight times; flights honouring them go on the shortlist first. */
  flightTimes: FlightTimes.optional(),
  /** Modes the party would rather take ("we prefer trains"). */
  preferredModes: z.array(TransportMode).optional(),
  hops: z.array(z.object({ from: CityName, to: CityName, date: IsoDate })),
});
export type FlightsTask = z.infer<typeof FlightsTask>;

export const TransportShortlist = z.object({
  hops: z
    .array(
      z.object({
        from: CityName,
        to: CityName,
        date: IsoDate,
        flightNumbers: z.array(z.string()).describe('Flights worth considering for this hop, best first'),
        trainNumbers: z
          .array(z.string())
          .default([])
          .describe('Trains worth considering for this hop, best first (empty when none runs)'),
        groundModes: z.array(GroundMode).describe('Road modes available for this hop'),
      }),
    )
    .describe('One entry per hop of the task, in the same order'),
});
export type TransportShortlist = z.infer<typeof TransportShortlist>;
