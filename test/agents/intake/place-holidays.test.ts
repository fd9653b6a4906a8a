import { describe, expect, it } from 'vitest';
import { type Gazetteer, parseTripRequest } from '../../../agents/intake/parse-request.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';

/** The sandbox world as the offline reader sees it: it has Columbus (Ohio) and Canada. */
const sandbox: Gazetteer = {
  cities: getGazetteer().cities.map((c) => ({ ...c.info, aliases: c.curated.aliases ?? [] })),
  regions: getGazetteer().regions,
};
const parse = (text: string) => parseTripRequest(text, sandbox, { today: '2026-12-07' }).draft;

describe('parseTripRequest: a place name inside a holiday name is the holiday', () => {
  it('reads "Columbus Day weekend" as dates, not as a trip to Columbus', () => {
    const draft = parse('NYC to Philly Columbus Day weekend');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Philadelphia' });
    expect(draft.startDate).toBe('2027-10-08');
    expect(draft.days).toBe(4);
  });

  it('still finds the city when it is named outside the holiday', () => {
    const draft = parse('From Chicago to Columbus for Columbus Day weekend');
    expect(draft.origin).toBe('Chicago');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Columbus' });
    expect(draft.startDate).toBe('2027-10-08');
  });

  it('reads "Canada Day long weekend" as dates between two Canadian cities', () => {
    const draft = parse('Toronto to Quebec City over the Canada Day long weekend, 2 adults');
    expect(draft.origin).toBe('Toronto');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Quebec City' });
    expect(draft.startDate).not.toBeNull();
  });
});
