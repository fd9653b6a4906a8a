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
  /** Who runs its trains (train-number prefix, name), over the operator of the country left from. */
  operator?: readonly [prefix: string, operator: string];
  /** Farthest apart (great circle, km) two of its cities may be and still get a day train. */
  maxKm?: number;
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
      // Added with the third set of cities; Lucerne, Interlaken and Bruges are reached only by train.
      'Bologna',
      'Hamburg',
      'Frankfurt',
      'Manchester',
      'Málaga',
      'Granada',
      'Lucerne',
      'Interlaken',
      'Bruges',
    ],
    speedKmh: 190,
    farePerKm: 0.15,
    maxTrainsPerDay: 12,
  },
  {
    name: 'japan',
    cities: ['Tokyo', 'Kyoto', 'Osaka', 'Hiroshima'],
    speedKmh: 210,
    farePerKm: 0.2,
    maxTrainsPerDay: 16,
  },
  // Seoul to Busan on the KTX high-speed line (about 2 h 40 min).
  {
    name: 'korea-ktx',
    cities: ['Seoul', 'Busan'],
    speedKmh: 150,
    farePerKm: 0.12,
    maxTrainsPerDay: 16,
    operator: ['KTX', 'Korail KTX'],
  },
  {
    name: 'us-northeast',
    cities: ['Boston', 'New York', 'Philadelphia', 'Washington', 'Baltimore'],
    speedKmh: 115,
    farePerKm: 0.2,
    maxTrainsPerDay: 12,
  },
  // The corridors people take the train on elsewhere in North America; their speeds are the
  // timetables' (Seattle–Portland 3.5 h, Los Angeles–San Diego 2 h 50, Toronto–Montreal 5 h,
  // New York–Montreal 11 h).
  {
    name: 'cascades',
    cities: ['Seattle', 'Portland', 'Vancouver'],
    speedKmh: 80,
    farePerKm: 0.18,
    maxTrainsPerDay: 6,
    operator: ['CAS', 'Amtrak Cascades'],
  },
  {
    name: 'pacific-surfliner',
    cities: ['San Diego', 'Los Angeles', 'Santa Barbara'],
    speedKmh: 75,
    farePerKm: 0.18,
    maxTrainsPerDay: 12,
    operator: ['PS', 'Amtrak Pacific Surfliner'],
  },
  {
    name: 'capitol-corridor',
    cities: ['San Francisco', 'San Jose', 'Sacramento'],
    speedKmh: 70,
    farePerKm: 0.16,
    maxTrainsPerDay: 12,
    operator: ['CC', 'Amtrak Capitol Corridor'],
  },
  {
    name: 'amtrak-midwest',
    cities: ['Chicago', 'Milwaukee', 'St. Louis', 'Detroit'],
    speedKmh: 100,
    farePerKm: 0.15,
    maxTrainsPerDay: 7,
    operator: ['MW', 'Amtrak Midwest'],
  },
  {
    name: 'via-corridor',
    cities: ['Toronto', 'Ottawa', 'Montreal', 'Quebec City'],
    speedKmh: 110,
    farePerKm: 0.15,
    maxTrainsPerDay: 10,
    operator: ['VIA', 'VIA Rail'],
  },
  {
    // The Adirondack and the Maple Leaf: slow, scenic, across the border.
    name: 'empire-cross-border',
    cities: ['New York', 'Montreal', 'Toronto', 'Buffalo'],
    speedKmh: 56,
    farePerKm: 0.15,
    maxTrainsPerDay: 3,
    operator: ['AMT', 'Amtrak Empire Service'],
  },
  {
    name: 'rail-runner',
    cities: ['Santa Fe', 'Albuquerque'],
    speedKmh: 68,
    farePerKm: 0.08,
    maxTrainsPerDay: 6,
    operator: ['RRX', 'New Mexico Rail Runner Express'],
  },
  {
    // 350 km/h lines make a day train of 1,100 km (Beijing–Shanghai in 4 h 30).
    name: 'china-high-speed',
    cities: ['Beijing', 'Shanghai'],
    speedKmh: 290,
    farePerKm: 0.065,
    maxTrainsPerDay: 16,
    operator: ['G', 'China Railway Fuxing'],
    maxKm: 1300,
  },
  {
    name: 'india-shatabdi',
    cities: ['Delhi', 'Jaipur'],
    speedKmh: 70,
    farePerKm: 0.05,
    maxTrainsPerDay: 6,
    operator: ['SHT', 'Indian Railways Shatabdi'],
  },
];

/**
 * Countries whose intercity trains run slower than the network's high-speed average (km/h along
 * the line, stops included, from the timetables' fastest day trains): a train between two cities
 * runs at the slowest of the network's speed and each end's cap. At 190 km/h everywhere, Berlin →
 * Copenhagen took 2 h 30 (the timetable: about 7 h), Stockholm → Oslo 2 h 51 (5 h 50) and Vienna →
 * Budapest 1 h 32 (2 h 40). Eurostar's Channel links keep the network's speed.
 */
export const LINE_SPEED_CAPS_KMH: Readonly<Record<string, number>> = {
  GB: 150, // London–Edinburgh 4 h 20, London–Manchester 2 h 10
  PT: 115, // Lisbon–Porto 2 h 50
  CH: 100, // Zurich–Geneva 2 h 45
  AT: 110, // Munich–Vienna 4 h
  CZ: 80, // Vienna–Prague 4 h, Berlin–Prague 4 h 15
  HU: 100, // Vienna–Budapest 2 h 40
  PL: 120, // Warsaw–Krakow 2 h 25
  DK: 120, // Copenhagen–Stockholm 5 h 15
  SE: 110,
  NO: 85, // Stockholm–Oslo 5 h 50
};

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
