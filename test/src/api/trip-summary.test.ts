import { describe, expect, it } from 'vitest';
import { TripSummary, toTripSummary } from '../../../src/api/api-schemas.js';
import { newTripRecord, type TripRecord } from '../../../src/trips/trip.schema.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';

const TRIP: TripRecord = {
  ...newTripRecord({
    id: 'trp_0123456789abcdef0123456789',
    tenantId: 'tenant',
    request: { text: 'London to Edinburgh by train for 3 nights from 14 May 2027, 2 adults, £900' },
    today: '2026-12-07',
    createdAt: '2026-12-07T20:00:00.000Z',
  }),
  status: 'running',
};

describe('a trip in the list', () => {
  it('says in one line what became of it: the plan, the question, or why it failed', () => {
    const summary = '4-day trip for 2 travellers from London: Edinburgh (3 nights), by rail; …';
    const planned = { ...TRIP, status: 'completed' as const, plan: { summary } as Plan };
    expect(toTripSummary(planned).headline).toBe(summary);
    const asking = {
      ...TRIP,
      status: 'needs_input' as const,
      question: { question: 'Please tell me when the trip starts.', missing: ['startDate'] },
    };
    expect(toTripSummary(asking).headline).toBe('Please tell me when the trip starts.');
    const failed = {
      ...TRIP,
      status: 'failed' as const,
      error: { code: 'infeasible', message: 'No plan satisfies this request.', reasons: [] },
    };
    expect(toTripSummary(failed).headline).toBe('No plan satisfies this request.');
    expect(toTripSummary(TRIP).headline).toBeNull();
    // A cancelled trip's old question is no longer asked.
    expect(toTripSummary({ ...asking, status: 'cancelled' }).headline).toBeNull();
  });

  it('keeps the tenant out of it and matches the list’s schema', () => {
    const line = toTripSummary(TRIP);
    expect(line).not.toHaveProperty('tenantId');
    expect(TripSummary.parse(line)).toEqual(line);
    expect(line.links.self).toContain(TRIP.id);
  });
});
