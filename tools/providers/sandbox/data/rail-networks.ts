/**
 * Rail networks the sandbox runs trains on: cities joined by real intercity or high-speed lines.
 * A pair of cities on one network gets trains when they are close enough for a day train; the
 * Channel is crossed only where Eurostar runs.
 */
export interface RailNetwork {
  name: string;
  cities: readonly string[];
  /** Average speed along the line, stops included (km/h). */
  speedKmh: number;
  /** Standard-class fare per line kilometre (USD), before time-of-day and date swings. */
  farePerKm: number;
  /** Trains an hour or so apart; more on busy short lines. */
  maxTrainsPerDay: number;
}

export const RAIL_NETWORKS: readonly RailNetwork[] = [
  {
    name: 'europe',
    cities: [
      'Paris',
      'Lyon',
      'Nice',
      'London',
      'Edinburgh',
      'Berlin',
      'Munich',
      'Amsterdam',
      'Prague',
      'Rome',
      'Florence',
      'Venice',
      'Milan',
      'Madrid',
      'Barcelona',
      'Lisbon',
      // Added with the second set of cities: each served by real intercity or high-speed trains.
      'Brussels',
      'Zurich',
      'Geneva',
      'Vienna',
      'Salzburg',
      'Budapest',
      'Krakow',
      'Warsaw',
      'Copenhagen',
      'Stockholm',
      'Oslo',
      'Naples',
      'Seville',
      'Valencia',
      'Porto',
    ],
    speedKmh: 190,
    farePerKm: 0.15,
    maxTrainsPerDay: 12,
  },
  { name: 'japan', cities: ['Tokyo', 'Kyoto', 'Osaka'], speedKmh: 210, farePerKm: 0.2, maxTrainsPerDay: 16 },
  {
    name: 'us-northeast',
    cities: ['Boston', 'New York', 'Philadelphia', 'Washington', 'Baltimore'],
    speedKmh: 115,
    farePerKm: 0.2,
    maxTrainsPerDay: 12,
  },
];

/** Pairs that cross water by tunnel (both directions); other pairs across it have no train. */
export const CHANNEL_LINKS: readonly (readonly [string, string])[] = [
  ['London', 'Paris'],
  ['London', 'Amsterdam'],
  ['London', 'Brussels'],
];

/** Train operators by the country the train leaves from (ISO 3166-1 alpha-2); prefix, name. */
export const RAIL_OPERATORS: Readonly<Record<string, readonly [prefix: string, operator: string]>> = {
  FR: ['TGV', 'SNCF TGV INOUI'],
  GB: ['LNER', 'London North Eastern Railway'],
  DE: ['ICE', 'Deutsche Bahn ICE'],
  IT: ['FR', 'Trenitalia Frecciarossa'],
  ES: ['AVE', 'Renfe AVE'],
  PT: ['AP', 'CP Alfa Pendular'],
  NL: ['IC', 'NS Intercity'],
  CZ: ['EC', 'České dráhy EuroCity'],
  AT: ['RJ', 'ÖBB Railjet'],
  HU: ['EC', 'MÁV EuroCity'],
  PL: ['EIC', 'PKP Intercity'],
  CH: ['IC', 'SBB InterCity'],
  BE: ['IC', 'SNCB InterCity'],
  DK: ['IC', 'DSB InterCity'],
  SE: ['SJ', 'SJ High-Speed'],
  NO: ['RE', 'Vy'],
  JP: ['Nozomi', 'JR Central Nozomi'],
  US: ['Acela', 'Amtrak Acela'],
};
export const EUROSTAR: readonly [prefix: string, operator: string] = ['ES', 'Eurostar'];
