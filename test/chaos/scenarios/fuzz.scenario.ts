import { mutate, randomValue, seededRandom } from '../support/fuzz-values.js';
import { followToEnd, submit } from '../support/trip-client.js';
import type { Scenario } from './scenario.js';

interface Route {
  method: 'POST' | 'PUT';
  path: string;
  valid: Record<string, unknown>;
}

const VALID_TRIP = {
  text: '3 days from Chicago to Nashville, June 4-6 2027, 2 people',
  fields: {
    travellers: 2,
    budget: { amount: 2500, currency: 'USD' },
    constraints: { cuisines: ['Mexican'] },
  },
};

function routes(tripId: string): Route[] {
  const ids = [tripId, 'trp_00000000000000000000', 'nope', '..%2F..', `trp_${'z'.repeat(60)}`];
  const perTrip = ids.flatMap((id): Route[] => [
    { method: 'POST', path: `/v1/trips/${id}/resume`, valid: { text: 'from Chicago, June 4 2027' } },
    { method: 'POST', path: `/v1/trips/${id}/cancel`, valid: {} },
    {
      method: 'PUT',
      path: `/v1/trips/${id}/watch`,
      valid: { everyMinutes: 60, priceChangePct: 10, weather: true },
    },
    { method: 'POST', path: `/v1/trips/${id}/watch/check`, valid: {} },
  ]);
  return [
    { method: 'POST', path: '/v1/trips', valid: VALID_TRIP },
    { method: 'POST', path: '/v1/trips', valid: VALID_TRIP },
    { method: 'PUT', path: '/v1/webhook', valid: { url: 'https://example.com/hook', events: ['replanned'] } },
    { method: 'POST', path: '/v1/webhook/rotate-secret', valid: {} },
    ...perTrip,
  ];
}

/** A body as sent: mostly mutated valid JSON, some noise, some not JSON at all. */
function body(rand: () => number, valid: Record<string, unknown>): { payload: string; type: string } {
  const r = rand();
  if (r < 0.6) return { payload: JSON.stringify(mutate(rand, valid)), type: 'application/json' };
  if (r < 0.8) return { payload: JSON.stringify(randomValue(rand)), type: 'application/json' };
  if (r < 0.9) return { payload: '{"text": "unterminated', type: 'application/json' };
  return { payload: 'text=hello', type: rand() < 0.5 ? 'application/x-www-form-urlencoded' : 'text/plain' };
}

/** Every POST and PUT route with seeded random bodies: no answer may be a 5xx. */
export const fuzzScenario: Scenario = {
  name: 'fuzz of every POST/PUT route',
  async run(service, scale) {
    const auth = await service.keyFor('fuzz');
    const { id } = await submit(service.url, auth, { text: 'a trip somewhere nice' });
    if (!id) throw new Error('the fuzz target trip was not accepted');
    await followToEnd(service.url, auth, id, { stopAtNeedsInput: true });
    const table = routes(id);
    const rand = seededRandom(20261207);
    const serverErrors: string[] = [];
    let sent = 0;
    for (let i = 0; i < scale.fuzzRequests; i++) {
      const route = table[Math.floor(rand() * table.length)] as Route;
      const { payload, type } = body(rand, route.valid);
      const response = await fetch(`${service.url}${route.path}`, {
        method: route.method,
        headers: { 'content-type': type, ...auth },
        body: payload,
      });
      await response.body?.cancel();
      sent++;
      if (response.status >= 500)
        serverErrors.push(`${route.method} ${route.path} ${payload.slice(0, 120)} → ${response.status}`);
    }
    return [
      {
        name: `5xx answers to ${sent} fuzzed requests`,
        value: serverErrors.length,
        max: 0,
        detail: serverErrors.slice(0, 5).join('\n'),
      },
    ];
  },
};
