import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Stay } from '../../../../tools/domain/inventory.schema.js';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources } from '../../../../tools/providers/real/real-sources.js';
import type { StaysKind } from '../../../../tools/providers/world/world-kinds.js';
import { type RealSourceFakes, startRealSourceFakes } from '../../../support/real-source-fakes.js';
import { FAKE_DUFFEL_TOKEN } from '../sources/fakes/duffel-fake.js';
import type { FakeReply } from '../sources/fakes/fake-server.js';
import { inspectableCache } from './inspectable-cache.js';

const QUERY = { city: 'Paris', checkIn: '2027-05-01', checkOut: '2027-05-04', travellers: 3 } as const;
const RATES_OF_PETIT = '/stays/search_results/srr_petit/actions/fetch_all_rates';

/** Duffel's answer when a search result is gone (what the SDK raises for a lapsed stays offer). */
const GONE: FakeReply = {
  status: 404,
  body: {
    meta: { status: 404, request_id: 'FakeRequestId' },
    errors: [
      {
        code: 'not_found',
        title: 'not_found',
        message: 'The search result could not be found',
        type: 'invalid_request_error',
        documentation_url: 'https://duffel.com/docs',
      },
    ],
  },
};

// The fake's JSON, changed field by field: its shape is duffel-fake.ts's, checked by the adapter.
// biome-ignore lint/suspicious/noExplicitAny: test data edited in place
type Json = Record<string, any>;

describe('re-quoting a Duffel stay (loopback fakes)', () => {
  let fakes: RealSourceFakes;
  let stays: StaysKind;
  let cache: ReturnType<typeof inspectableCache>;
  let petit: Stay;

  /** The fake's own answer to a request, to script a changed copy of it. */
  async function answerOf(path: string, body = ''): Promise<Json> {
    const response = await fetch(`${fakes.servers.duffel.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${FAKE_DUFFEL_TOKEN}`, 'content-type': 'application/json' },
      body,
    });
    return (await response.json()) as Json;
  }
  /** The stays search as the kind asked it (to replay it for the fake's answer). */
  let asSearched = '';
  const searchBody = () => asSearched;
  const asked = () => fakes.servers.duffel.requests.map((r) => `${r.method} ${r.path}`);

  beforeAll(async () => {
    fakes = await startRealSourceFakes();
    cache = inspectableCache();
    stays = realKinds.duffelStays(createRealSources(fakes.settings({ geo: 'table', cache }))).kind;
    [petit] = (await stays.searchStays(QUERY)).filter((s) => s.name === 'Petit Hôtel Bleu') as [Stay];
    expect(petit).toMatchObject({ offerId: 'srr_petit', pricePerNight: 64.58 });
    asSearched = fakes.servers.duffel.requests.find((r) => r.path === '/stays/search')!.body;
    expect(cache.keys().some((k) => k.startsWith('duffel:stays:'))).toBe(true);
  });
  afterAll(() => fakes.close());
  beforeEach(async () => {
    // Every test starts from the searched offer, and counts only its own requests.
    await answerOf('/stays/search', searchBody());
    fakes.servers.duffel.requests.length = 0;
  });

  it('an offer whose rates stand is re-quoted by one rates call, exactly as the search priced it', async () => {
    expect(await stays.requoteStay!(petit, QUERY)).toEqual(petit);
    expect(asked()).toEqual([`POST ${RATES_OF_PETIT}`]);
  });

  it('a changed rate re-prices the same offer: the cheapest rate over the same rooms and nights', async () => {
    const result = (await answerOf(RATES_OF_PETIT)).data as Json;
    const [cheap, dear] = result.accommodation.rooms[0].rates as Json[];
    cheap!.total_amount = '350.00';
    dear!.total_amount = '330.00';
    fakes.servers.duffel.requests.length = 0;
    fakes.servers.duffel.script('POST', RATES_OF_PETIT, { body: { data: result } });

    const now = await stays.requoteStay!(petit, QUERY);
    // €330 over 2 rooms and 3 nights at 1.25 USD/EUR: $412.50 / 2 / 3.
    expect(now).toEqual({
      ...petit,
      pricePerNight: 68.75,
      quoted: { ...petit.quoted, amount: 330, currency: 'EUR' },
    });
    expect(Stay.parse(now)).toEqual(now);
    expect(asked()).toEqual([`POST ${RATES_OF_PETIT}`]);
  });

  it('an expired offer: the same property in a search past the cache, at its new price and offer', async () => {
    const search = (await answerOf('/stays/search', searchBody())).data as Json;
    const again = (search.results as Json[]).find((r) => r.accommodation.name === 'Petit Hôtel Bleu')!;
    again.id = 'srr_petit_again';
    again.cheapest_rate_total_amount = '400.00';
    fakes.servers.duffel.requests.length = 0;
    fakes.servers.duffel.script('POST', RATES_OF_PETIT, GONE);
    fakes.servers.duffel.script('POST', '/stays/search', { body: { data: search } });

    const now = await stays.requoteStay!(petit, QUERY);
    // €400 → $500 over 2 rooms and 3 nights.
    expect(now).toMatchObject({ name: 'Petit Hôtel Bleu', offerId: 'srr_petit_again', pricePerNight: 83.33 });
    // The search that quoted the lapsed offer is cached, yet the re-quote asked Duffel again.
    expect(asked()).toEqual([`POST ${RATES_OF_PETIT}`, 'POST /stays/search']);
  });

  it('an expired offer whose property is no longer found is gone', async () => {
    const search = (await answerOf('/stays/search', searchBody())).data as Json;
    search.results = (search.results as Json[]).filter((r) => r.accommodation.name !== 'Petit Hôtel Bleu');
    fakes.servers.duffel.script('POST', RATES_OF_PETIT, GONE);
    fakes.servers.duffel.script('POST', '/stays/search', { body: { data: search } });
    expect(await stays.requoteStay!(petit, QUERY)).toBeUndefined();
  });

  it('an offer without a rate left is looked for again; a stay without an offer is found by name', async () => {
    const result = (await answerOf(RATES_OF_PETIT)).data as Json;
    result.accommodation.rooms = [];
    fakes.servers.duffel.requests.length = 0;
    fakes.servers.duffel.script('POST', RATES_OF_PETIT, { body: { data: result } });
    expect(await stays.requoteStay!(petit, QUERY)).toEqual(petit);
    expect(asked()).toEqual([`POST ${RATES_OF_PETIT}`, 'POST /stays/search']);

    const { offerId: _o, ...plain } = petit;
    fakes.servers.duffel.requests.length = 0;
    expect(await stays.requoteStay!(plain, QUERY)).toEqual(petit);
    expect(asked()).toEqual(['POST /stays/search']);
  });

  it('a source error other than an expired offer is not a gone stay', async () => {
    const unauthorized = structuredClone(GONE.body) as Json;
    unauthorized.meta.status = 401;
    unauthorized.errors[0].code = 'unauthorized';
    fakes.servers.duffel.script('POST', RATES_OF_PETIT, { status: 401, body: unauthorized });
    await expect(stays.requoteStay!(petit, QUERY)).rejects.toThrow(/401|unauthori/i);
  });
});
