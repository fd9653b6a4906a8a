import type { IsoDate } from '../../domain/common.schema.js';
import type { WeatherOutlook } from '../../domain/inventory.schema.js';
import type { WeatherCondition } from '../../domain/world-change.schema.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng } from './prng.js';

const DAYS_PER_YEAR = 365.25;
/** Warmest day of the year at mid-continentality: late July north, late January south. */
const NORTH_PEAK_DAY = 200;

/**
 * A climate-normal outlook: the curated annual mean, a seasonal swing that grows with latitude
 * and continentality (peaking later by the sea), a day–night range that grows with
 * continentality and dryness, rain chances from the city's wetness and rain season, and a
 * little seeded day-to-day noise. Deterministic per (seed, city, date).
 */
export function synthesizeWeather(seed: number, city: SandboxCity, date: IsoDate): WeatherOutlook {
  const [continentality, wetness, rainSeason, annualMean] = city.curated.climate;
  const latitude = city.curated.lat;
  const dayOfYear = dayOfYearOf(date);
  const north = latitude >= 0;

  const peakDay = NORTH_PEAK_DAY + 25 * (0.5 - continentality) + (north ? 0 : DAYS_PER_YEAR / 2);
  const season = Math.cos((2 * Math.PI * (dayOfYear - peakDay)) / DAYS_PER_YEAR);
  const amplitude = Math.abs(latitude) * (0.12 + 0.28 * continentality);
  const dailyRange = 4 + 5 * continentality + 7 * (1 - wetness) ** 2;

  const rng = createRng(seed, 'weather', city.info.name, date);
  const noise = rng.float(-2.5, 2.5);
  const mean = annualMean + amplitude * season + noise;
  const highC = round1(mean + dailyRange / 2 + rng.float(-0.8, 0.8));
  const lowC = round1(mean - dailyRange / 2 + rng.float(-0.8, 0.8));

  // Winter-wet climates (Mediterranean, Pacific Northwest) peak in the cold season, monsoon
  // climates in the warm one; `season` is +1 at the warm peak.
  const seasonal = rainSeason === 'winter' ? -season : rainSeason === 'summer' ? season : 0;
  const chance = wetness * (1 + 0.6 * seasonal) + rng.float(-0.08, 0.08);
  const precipitationChance = Math.round(Math.min(0.9, Math.max(0.02, chance)) * 20) / 20;

  return {
    city: city.info.name,
    date,
    highC,
    lowC,
    precipitationChance,
    summary: `${feel(highC)}, ${Math.round(precipitationChance * 100)}% chance of ${highC < 2 ? 'snow' : 'rain'}`,
  };
}

/** The conditions a drift turn moves along, driest first; snow is only ever injected. */
export const WEATHER_LADDER = ['clear', 'cloudy', 'showers', 'rain', 'storm'] as const;
export type LadderCondition = (typeof WEATHER_LADDER)[number];

/** Each condition's typical precipitation chance; each lies inside its rung's band (conditionOf). */
const CONDITION_CHANCE: Readonly<Record<WeatherCondition, number>> = {
  clear: 0.05,
  cloudy: 0.2,
  showers: 0.4,
  rain: 0.7,
  storm: 0.9,
  snow: 0.8,
};

/** The ladder rung an outlook sits on, read from its precipitation chance. */
export function conditionOf(outlook: WeatherOutlook): LadderCondition {
  const chance = outlook.precipitationChance;
  if (chance < 0.125) return 'clear';
  if (chance < 0.3) return 'cloudy';
  if (chance < 0.55) return 'showers';
  return chance < 0.8 ? 'rain' : 'storm';
}

export interface WeatherOverrides {
  highC?: number | undefined;
  lowC?: number | undefined;
  precipitationChance?: number | undefined;
}

/**
 * The outlook turned to `condition`: its typical precipitation chance and a summary naming it;
 * the overrides (from an injected change) win. Snow caps the high at 1 °C unless one is given.
 */
export function withCondition(
  outlook: WeatherOutlook,
  condition: WeatherCondition,
  overrides: WeatherOverrides = {},
): WeatherOutlook {
  let highC = overrides.highC ?? (condition === 'snow' ? Math.min(outlook.highC, 1) : outlook.highC);
  let lowC = overrides.lowC ?? outlook.lowC;
  if (lowC > highC) {
    if (overrides.lowC === undefined) lowC = round1(highC - 3);
    else highC = lowC;
  }
  const precipitationChance = overrides.precipitationChance ?? CONDITION_CHANCE[condition];
  const cold = highC < 2;
  return {
    ...outlook,
    highC,
    lowC,
    precipitationChance,
    summary: `${feel(highC)}, ${describe(condition, cold)}, ${Math.round(precipitationChance * 100)}% chance of ${cold ? 'snow' : 'rain'}`,
  };
}

function describe(condition: WeatherCondition, cold: boolean): string {
  switch (condition) {
    case 'clear':
      return 'clear skies';
    case 'cloudy':
      return 'overcast';
    case 'showers':
      return cold ? 'snow showers' : 'scattered showers';
    case 'rain':
      return cold ? 'steady snow' : 'steady rain';
    case 'storm':
      return cold ? 'snowstorm' : 'thunderstorms';
    case 'snow':
      return 'snowfall';
  }
}

function feel(highC: number): string {
  if (highC < 0) return 'freezing';
  if (highC < 8) return 'cold';
  if (highC < 15) return 'cool';
  if (highC < 22) return 'mild';
  if (highC < 28) return 'warm';
  if (highC < 34) return 'hot';
  return 'very hot';
}

function dayOfYearOf(date: IsoDate): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`not an ISO date: ${date}`);
  const start = Date.UTC(new Date(time).getUTCFullYear(), 0, 1);
  return Math.floor((time - start) / 86_400_000) + 1;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
