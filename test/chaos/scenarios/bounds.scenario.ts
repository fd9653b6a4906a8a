import { followToEnd, getTrip, submit } from '../support/trip-client.js';
import type { Scenario } from './scenario.js';

const TEXT = '3 days from Chicago to Nashville, June 4-6 2027, 2 people';

/** Structured requests out of bounds: each must be a 400 at submit, never a plan. */
const OUT_OF_BOUNDS: { label: string; body: string }[] = [
  { label: 'travellers 10000', body: JSON.stringify({ text: TEXT, fields: { travellers: 10000 } }) },
  { label: 'travellers 0', body: JSON.stringify({ text: TEXT, fields: { travellers: 0 } }) },
  { label: 'budget 1e308', body: `{"text":"${TEXT}","fields":{"budget":{"amount":1e308,"currency":"USD"}}}` },
  {
    label: 'budget of 400 digits',
    body: `{"text":"${TEXT}","fields":{"budget":{"amount":${'9'.repeat(400)},"currency":"USD"}}}`,
  },
  { label: 'start 0001-01-01', body: JSON.stringify({ text: TEXT, fields: { startDate: '0001-01-01' } }) },
  { label: 'start 1999-05-03', body: JSON.stringify({ text: TEXT, fields: { startDate: '1999-05-03' } }) },
  { label: 'start 9999-12-29', body: JSON.stringify({ text: TEXT, fields: { startDate: '9999-12-29' } }) },
  { label: 'days 400', body: JSON.stringify({ text: TEXT, fields: { days: 400 } }) },
];

/** Stated in words, the same requests must be asked about, never planned for something else. */
const OUT_OF_BOUNDS_TEXT = [
  '3 days from Chicago to Nashville, June 4-6 2027, for 10000 people',
  '3 days from Chicago to Nashville, June 4-6 2024, 2 people',
];

export const boundsScenario: Scenario = {
  name: 'request bounds',
  async run(service) {
    const auth = await service.keyFor('bounds');
    const accepted: string[] = [];
    for (const { label, body } of OUT_OF_BOUNDS) {
      const response = await fetch(`${service.url}/v1/trips`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body,
      });
      await response.body?.cancel();
      if (response.status !== 400) accepted.push(`${label} → ${response.status}`);
    }
    const planned: string[] = [];
    for (const text of OUT_OF_BOUNDS_TEXT) {
      const { status, id } = await submit(service.url, auth, { text });
      if (status !== 202 || !id) continue; // refused at submit: fine
      const { lastStatus } = await followToEnd(service.url, auth, id, { stopAtNeedsInput: true });
      if (lastStatus === 'completed')
        planned.push(
          `"${text}" planned for ${(await getTrip(service.url, auth, id)).plan?.spec.travellers} people`,
        );
    }
    return [
      {
        name: `out-of-bounds fields not refused with 400 (of ${OUT_OF_BOUNDS.length})`,
        value: accepted.length,
        max: 0,
        detail: accepted.join('; '),
      },
      {
        name: `out-of-bounds requests in words planned anyway (of ${OUT_OF_BOUNDS_TEXT.length})`,
        value: planned.length,
        max: 0,
        detail: planned.join('; '),
      },
    ];
  },
};
