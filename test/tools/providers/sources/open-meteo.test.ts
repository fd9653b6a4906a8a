import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOpenMeteoWeather } from '../../../../tools/providers/open-meteo/open-meteo-weather.js';
import { buildSourceHttp } from '../../../../tools/providers/sources/http/source-http.js';
import { isSourceError } from '../../../../tools/providers/sources/source-error.js';
import type { WeatherSource } from '../../../../tools/providers/sources/weather.source.js';
import { type FakeServer, startFakeServer } from './fakes/fake-server.js';
import { createOpenMeteoFake } from './fakes/open-meteo-fake.js';
import { describeWeatherSourceContract } from './weather.contract.js';

const TODAY = '2027-04-20';
const LYON = { lat: 45.764, lon: 4.8357 };

function build(server: FakeServer): WeatherSource {
  const http = (source: string) =>
    buildSourceHttp({ source, baseUrl: server.url, userAgent: 'trip-planner/test', sleep: async () => {} });
  return createOpenMeteoWeather({
    forecast: http('open-meteo'),
    climate: http('open-meteo-climate'),
    today: () => TODAY,
  });
}

describeWeatherSourceContract(
  'open-meteo against its loopback fake',
  async () => {
    const server = await startFakeServer(createOpenMeteoFake());
    return { source: build(server), teardown: () => server.close() };
  },
  { at: LYON, dates: ['2027-04-22', '2027-09-01'] },
);

describe('Open-Meteo weather', () => {
  let server: FakeServer;
  let weather: WeatherSource;
  beforeAll(async () => {
    server = await startFakeServer(createOpenMeteoFake());
    weather = build(server);
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.requests.length = 0;
  });

  it('uses the forecast within its 16-day horizon and says so', async () => {
    const day = await weather.weather({ at: LYON, date: '2027-05-05' });
    expect(server.requests[0]?.path).toBe('/v1/forecast');
    expect(server.requests[0]?.query.get('start_date')).toBe('2027-05-05');
    expect(day).toMatchObject({
      basis: 'forecast',
      highC: 14.2,
      lowC: 6.8,
      precipitationChance: 0.7,
      summary: 'Rain',
    });
    expect(day?.attribution).toMatchObject({ licence: 'CC BY 4.0' });
  });

  it('uses the climate projection beyond it and says it is an outlook', async () => {
    const day = await weather.weather({ at: LYON, date: '2027-05-06' });
    expect(server.requests[0]?.path).toBe('/v1/climate');
    expect(server.requests[0]?.query.get('models')).toBe('EC_Earth3P_HR');
    expect(day).toMatchObject({ basis: 'climate', precipitationChance: null, precipitationMm: 0.4 });
    expect(day?.summary).toContain('climate projection');
  });

  it('has nothing past the climate models’ last year, and asks nobody', async () => {
    expect(await weather.weather({ at: LYON, date: '2051-06-01' })).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it('a day the model has no value for is unknown, not zero', async () => {
    server.script('GET', '/v1/forecast', {
      body: {
        latitude: 45.76,
        longitude: 4.84,
        daily: { time: ['2027-04-21'], temperature_2m_max: [null], temperature_2m_min: [null] },
      },
    });
    expect(await weather.weather({ at: LYON, date: '2027-04-21' })).toBeUndefined();
  });

  it('passes on Open-Meteo’s reason for a 400', async () => {
    server.script('GET', '/v1/forecast', {
      status: 400,
      body: { error: true, reason: 'Latitude must be in range of -90 to 90°' },
    });
    const error = await weather.weather({ at: LYON, date: '2027-04-23' }).catch((e: unknown) => e);
    expect(isSourceError(error) && error.code).toBe('bad-request');
    expect(String(error)).toContain('Latitude must be in range');
  });
});
