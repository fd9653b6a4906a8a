import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import type { CityLookup } from '../../calendar/calendar-entries.js';
import { buildTripCalendar } from '../../calendar/trip-calendar.js';
import type { PlanVersionStore } from '../../trips/plan-versions.js';
import type { TripStore } from '../../trips/trip-store.js';
import { ApiError, notFound } from '../api-error.js';
import { errorResponses, TripIdParams } from '../api-schemas.js';

export interface CalendarRoutesOptions {
  store: TripStore;
  versions: PlanVersionStore;
  /** Zones and coordinates of the plan's cities; without it, events carry floating local times. */
  cities?: CityLookup;
}

const SECURITY = [{ apiKey: [] }];

const CalendarQuery = z
  .object({
    version: z.coerce.number().int().min(1).optional().describe('A plan version; default the current one'),
  })
  .strict();

const LatLon = z.object({ lat: z.number(), lon: z.number() });

export const TripPlaces = z.object({
  tripId: z.string(),
  /** Every city the plan touches, in route order (origin first), with what a map needs. */
  cities: z.array(
    z.object({
      name: z.string(),
      location: LatLon.nullable(),
      timeZone: z.string().nullable(),
    }),
  ),
});

/** The current plan (the newest version; the trip's own plan before versions exist) or the one asked for. */
async function planOf(
  options: CalendarRoutesOptions,
  tenantId: string,
  id: string,
  version: number | undefined,
): Promise<Plan> {
  const trip = await options.store.getForTenant(tenantId, id);
  if (!trip) throw notFound('trip');
  const wanted = version ?? (await options.versions.currentVersion(id));
  if (wanted !== null) {
    const entry = await options.versions.get(id, wanted);
    if (entry) return entry.plan;
    if (version !== undefined) throw new ApiError(404, 'not_found', `version ${version} not found`);
  }
  if (!trip.plan) throw new ApiError(409, 'conflict', `trip ${id} has no plan yet (status ${trip.status})`);
  return trip.plan;
}

/** The cities of a plan in travel order, each once. */
function citiesOf(plan: Plan): string[] {
  const names = [plan.spec.origin];
  for (const leg of plan.legs) names.push(leg.from, leg.to);
  names.push(...plan.route.cities);
  return [...new Set(names)];
}

export const calendarRoutes: FastifyPluginAsyncZod<CalendarRoutesOptions> = async (app, options) => {
  app.get(
    '/trips/:id/calendar.ics',
    {
      schema: {
        summary:
          'The plan as an iCalendar file: one event per leg, stay, meal and visit, in local time zones',
        tags: ['trips'],
        security: SECURITY,
        params: TripIdParams,
        querystring: CalendarQuery,
        produces: ['text/calendar'],
        response: {
          200: z.string().describe('text/calendar (RFC 5545), with VTIMEZONE components'),
          ...errorResponses(400, 401, 404, 409, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const plan = await planOf(options, request.tenantId, id, request.query.version);
      const ics = buildTripCalendar(plan, { tripId: id, cities: options.cities ?? (() => undefined) });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="trip-${id}.ics"`)
        .send(ics);
    },
  );

  app.get(
    '/trips/:id/places',
    {
      schema: {
        summary: 'The cities of the plan with coordinates and time zones, for drawing its route on a map',
        tags: ['trips'],
        security: SECURITY,
        params: TripIdParams,
        querystring: CalendarQuery,
        response: { 200: TripPlaces, ...errorResponses(400, 401, 404, 409, 429, 503) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const plan = await planOf(options, request.tenantId, id, request.query.version);
      return {
        tripId: id,
        cities: citiesOf(plan).map((name) => {
          const city = options.cities?.(name);
          return { name, location: city?.location ?? null, timeZone: city?.timeZone ?? null };
        }),
      };
    },
  );
};
