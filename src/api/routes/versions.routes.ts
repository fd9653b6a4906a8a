import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanDiff } from '../../../tools/domain/plan-diff.schema.js';
import { diffPlans } from '../../../tools/planning/plan-diff.js';
import { PlanVersionEntry, PlanVersionSummary } from '../../trips/plan-version.schema.js';
import type { PlanVersionStore } from '../../trips/plan-versions.js';
import { TripId } from '../../trips/trip.schema.js';
import type { TripStore } from '../../trips/trip-store.js';
import { ApiError, notFound } from '../api-error.js';
import { ErrorBody, errorResponses, TripIdParams } from '../api-schemas.js';

export interface VersionsRoutesOptions {
  store: TripStore;
  versions: PlanVersionStore;
}

const SECURITY = [{ apiKey: [] }];

const VersionNumber = z.coerce
  .number({ error: 'expected a version number (1, 2, …)' })
  .int('expected a whole version number (1, 2, …)')
  .min(1, 'versions start at 1')
  .max(1_000_000_000, 'no trip has that many versions');

const VersionParams = z.object({ id: TripId, v: VersionNumber });
const DiffQuery = z.object({ against: VersionNumber.optional() }).strict();

export const VersionList = z.object({
  tripId: TripId,
  /** The newest version (the trip's current plan); null before the first plan is stored. */
  current: z.number().int().nullable(),
  /** Oldest first. */
  versions: z.array(PlanVersionSummary),
});

export const VersionView = PlanVersionEntry.extend({ tripId: TripId });

export const VersionDiffView = PlanDiff.extend({
  tripId: TripId,
  version: z.number().int(),
  /** The version compared with: `?against=`, by default the one before. */
  against: z.number().int(),
  /** Why `version` was made. */
  reason: z.string(),
});

const NOT_FOUND = ErrorBody.describe('No such trip for this tenant, or no such version of it');

/** What a 404 for a missing version says: which versions there are, so the caller can correct it. */
function versionNotFound(version: number, current: number | null): ApiError {
  const known =
    current === null ? 'this trip has no plan versions yet' : `this trip has versions 1-${current}`;
  return new ApiError(404, 'not_found', `version ${version} not found: ${known}`);
}

export const versionsRoutes: FastifyPluginAsyncZod<VersionsRoutesOptions> = async (
  app,
  { store, versions },
) => {
  /** Another tenant's trip answers exactly like a missing one (see trips.routes.ts). */
  async function ownTrip(tenantId: string, id: string): Promise<void> {
    if (!(await store.getForTenant(tenantId, id))) throw notFound('trip');
  }

  async function entryOf(id: string, version: number): Promise<PlanVersionEntry> {
    const entry = await versions.get(id, version);
    if (!entry) throw versionNotFound(version, await versions.currentVersion(id));
    return entry;
  }

  app.get(
    '/trips/:id/versions',
    {
      schema: {
        summary: "A trip's plan versions, oldest first, without their plans",
        description:
          'Version 1 is the first plan; each repair after a scheduled re-check adds the next, with its reason.',
        tags: ['versions'],
        security: SECURITY,
        params: TripIdParams,
        response: { 200: VersionList, ...errorResponses(400, 401, 404, 429, 503) },
      },
    },
    async (request) => {
      const { id } = request.params;
      await ownTrip(request.tenantId, id);
      const list = await versions.list(id);
      return { tripId: id, current: list.at(-1)?.version ?? null, versions: list };
    },
  );

  app.get(
    '/trips/:id/versions/:v',
    {
      schema: {
        summary: 'One plan version: the plan, why it was made, and when',
        tags: ['versions'],
        security: SECURITY,
        params: VersionParams,
        response: { 200: VersionView, ...errorResponses(400, 401, 429, 503), 404: NOT_FOUND },
      },
    },
    async (request) => {
      const { id, v } = request.params;
      await ownTrip(request.tenantId, id);
      return { tripId: id, ...(await entryOf(id, v)) };
    },
  );

  app.get(
    '/trips/:id/versions/:v/diff',
    {
      schema: {
        summary: 'What changed in a plan version: legs, stays, days and cost, and one sentence',
        description:
          'Compares version `v` with `?against=` (default: the version before). The sentence names the most ' +
          'important changes first and, against the version before, why the version was made.',
        tags: ['versions'],
        security: SECURITY,
        params: VersionParams,
        querystring: DiffQuery,
        response: { 200: VersionDiffView, ...errorResponses(400, 401, 429, 503), 404: NOT_FOUND },
      },
    },
    async (request) => {
      const { id, v } = request.params;
      await ownTrip(request.tenantId, id);
      const against = request.query.against ?? v - 1;
      if (against < 1) {
        throw new ApiError(
          404,
          'not_found',
          `version ${v} is the first: there is no earlier version to compare it with (pass ?against=<version>)`,
        );
      }
      const [later, earlier] = await Promise.all([entryOf(id, v), entryOf(id, against)]);
      // The reason explains the change from the version just before; against any other it would mislead.
      const reason = against === v - 1 ? later.reason : undefined;
      const diff = diffPlans(earlier.plan, later.plan, { reason });
      return { tripId: id, version: v, against, reason: later.reason, ...diff };
    },
  );
};
