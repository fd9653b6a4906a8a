import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import { formatCheckResult, runSourceChecks } from '../../../../src/providers-check/run-source-checks.js';
import { buildSourceChecks } from '../../../../src/providers-check/source-checks.js';
import { createFrankfurterFake } from '../real/fakes/frankfurter-fake.js';
import { createDuffelFake, FAKE_DUFFEL_TOKEN } from './fakes/duffel-fake.js';
import { type FakeHandler, type FakeServer, startFakeServer } from './fakes/fake-server.js';
import { createOpenMeteoFake } from './fakes/open-meteo-fake.js';
import {
  createNominatimFake,
  createOsrmFake,
  createOverpassFake,
  createPhotonFake,
} from './fakes/osm-fake.js';

describe('providers:check against every fake at once', () => {
  let server: FakeServer;
  const handlers: FakeHandler[] = [
    createDuffelFake(),
    createOpenMeteoFake(),
    createNominatimFake(),
    createOverpassFake(),
    createOsrmFake(),
    createPhotonFake(),
    createFrankfurterFake(),
  ];
  beforeAll(async () => {
    // Paths do not overlap, so one loopback server stands in for all five services (Duffel's fake
    // answers 401 to anything without its token, so it only sees Duffel's paths).
    server = await startFakeServer((req) => {
      if (req.path.startsWith('/air') || req.path.startsWith('/stays')) return handlers[0]?.(req);
      for (const h of handlers.slice(1)) {
        const reply = h(req);
        if (reply) return reply;
      }
      return undefined;
    });
  });
  afterAll(() => server.close());

  const env = (extra: Record<string, string>) =>
    loadConfig({
      DUFFEL_BASE_URL: server.url,
      NOMINATIM_URL: server.url,
      OVERPASS_URL: server.url,
      OSRM_URL: server.url,
      PHOTON_URL: server.url,
      OPEN_METEO_FORECAST_URL: server.url,
      OPEN_METEO_CLIMATE_URL: server.url,
      FX_URL: server.url,
      SOURCES_CONTACT_EMAIL: 'ops@example.org',
      ...extra,
    });

  it('reports every configured source as answered, with latency and what it said', async () => {
    const results = await runSourceChecks(
      buildSourceChecks(env({ DUFFEL_ACCESS_TOKEN: FAKE_DUFFEL_TOKEN }), '2027-04-20'),
    );
    expect(results.map((r) => [r.source, r.outcome])).toEqual([
      ['duffel', 'answered'],
      ['duffel-stays', 'answered'],
      ['open-meteo', 'answered'],
      ['open-meteo-climate', 'answered'],
      ['nominatim', 'answered'],
      ['overpass', 'answered'],
      ['osrm', 'answered'],
      ['frankfurter', 'answered'],
      ['photon', 'answered'],
    ]);
    expect(results[7]?.detail).toBe('EUR 1 = USD 1.2500, GBP 1 = USD 1.6000 (2026-12-04)');
    expect(results[0]?.detail).toBe('2 offers, cheapest 121.90 GBP (off_LHRCDG_via)');
    expect(results[3]?.detail).toMatch(/^climate: /);
    expect(formatCheckResult(results[6] ?? results[0]!)).toMatch(
      /^ok {3}osrm .* \d+ ms\n {5}\d+(\.\d)? km, \d+ min$/,
    );
  });

  it('skips Duffel without a token, saying which setting is missing', async () => {
    const [flights] = await runSourceChecks(buildSourceChecks(env({}), '2027-04-20').slice(0, 1));
    expect(flights?.outcome).toBe('skipped');
    expect(flights?.detail).toContain('DUFFEL_ACCESS_TOKEN is not set');
  });

  it('calls an answer our schemas reject a mismatch, and a refusal a failure', async () => {
    server.script('GET', '/search', { body: [{ lat: 'north' }] });
    server.script('POST', '/api/interpreter', {
      status: 429,
      headers: { 'retry-after': '999' },
      body: 'slow down',
    });
    const checks = buildSourceChecks(env({}), '2027-04-20').filter(
      (c) => c.source === 'nominatim' || c.source === 'overpass',
    );
    const results = await runSourceChecks(checks);
    expect(results.map((r) => r.outcome)).toEqual(['schema-mismatch', 'failed']);
    expect(formatCheckResult(results[0]!)).toMatch(/^DIFF nominatim/);
    expect(results[1]?.detail).toContain('HTTP 429');
  });
});
