import { describe, expect, it } from 'vitest';
import { applyFields } from '../../graphs/nodes/intake.node.js';
import { TripRequest, TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';

const fromText = TripSpecDraft.parse({
  origin: 'Seattle',
  destination: { kind: 'region', region: 'California', cityCount: 2 },
  startDate: '2027-03-03',
  days: 5,
  travellers: 2,
  budget: { amount: 3000, currency: 'USD' },
  constraints: { houseRules: ['pets'], excludedModes: ['flight'] },
});

describe('structured fields over text', () => {
  it('override only what they give: no default of theirs overwrites the text', () => {
    const request = TripRequest.parse({
      text: 'whatever',
      fields: { days: 3, constraints: { cuisines: ['Mexican'] } },
    });
    const merged = applyFields(fromText, request.fields);
    expect(merged.days).toBe(3);
    expect(merged.travellers).toBe(2);
    expect(merged.budget).toEqual({ amount: 3000, currency: 'USD' });
    expect(merged.constraints).toMatchObject({
      roomType: null,
      houseRules: ['pets'],
      cuisines: ['Mexican'],
      excludedModes: ['flight'],
    });
  });

  it('reject misspelt fields at every level instead of dropping them', () => {
    expect(TripRequest.safeParse({ fields: { travelers: 2 } }).success).toBe(false);
    expect(
      TripRequest.safeParse({ fields: { budget: { amount: 5, currency: 'USD', cents: 1 } } }).success,
    ).toBe(false);
    expect(TripRequest.safeParse({ fields: { constraints: { roomtype: 'private room' } } }).success).toBe(
      false,
    );
    expect(TripRequest.safeParse({ fields: { budget: null } }).success).toBe(true);
  });
});
