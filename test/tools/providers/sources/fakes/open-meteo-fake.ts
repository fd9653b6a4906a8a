import type { FakeHandler } from './fake-server.js';

/**
 * Open-Meteo's wire format (its OpenAPI documents: /v1/forecast and /v1/climate answer
 * `{ latitude, longitude, timezone, daily_units, daily: { time: [...], <variable>: [...] } }`;
 * bad parameters give 400 `{ "error": true, "reason": "…" }`).
 */
export function createOpenMeteoFake(): FakeHandler {
  return (req) => {
    if (req.path !== '/v1/forecast' && req.path !== '/v1/climate') return undefined;
    const start = req.query.get('start_date');
    const lat = Number(req.query.get('latitude'));
    const lon = Number(req.query.get('longitude'));
    if (!start || Number.isNaN(lat) || Number.isNaN(lon))
      return { status: 400, body: { error: true, reason: 'Parameter start_date is required' } };
    const head = {
      latitude: Math.round(lat * 100) / 100,
      longitude: Math.round(lon * 100) / 100,
      generationtime_ms: 0.12,
      utc_offset_seconds: 3600,
      timezone: 'Europe/Paris',
      timezone_abbreviation: 'CET',
      elevation: 38,
    };
    if (req.path === '/v1/forecast')
      return {
        body: {
          ...head,
          daily_units: {
            time: 'iso8601',
            weather_code: 'wmo code',
            temperature_2m_max: '°C',
            temperature_2m_min: '°C',
            precipitation_sum: 'mm',
            precipitation_probability_max: '%',
          },
          daily: {
            time: [start],
            weather_code: [61],
            temperature_2m_max: [14.2],
            temperature_2m_min: [6.8],
            precipitation_sum: [3.4],
            precipitation_probability_max: [70],
          },
        },
      };
    if (req.path === '/v1/climate') {
      if (req.query.get('models') !== 'EC_Earth3P_HR')
        return { status: 400, body: { error: true, reason: 'Parameter models is required' } };
      return {
        body: {
          ...head,
          daily_units: {
            time: 'iso8601',
            temperature_2m_max: '°C',
            temperature_2m_min: '°C',
            precipitation_sum: 'mm',
          },
          daily: {
            time: [start],
            temperature_2m_max: [22.5],
            temperature_2m_min: [13.1],
            precipitation_sum: [0.4],
          },
        },
      };
    }
    return undefined;
  };
}
