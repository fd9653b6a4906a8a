import type { IsoDate, RoomType } from '../../../../tools/domain/common.schema.js';
import type {
  CityInfo,
  Flight,
  GroundMode,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
} from '../../../../tools/domain/inventory.schema.js';
import { FakeWorld, type FakeWorldData } from './fake-world.js';

/** A small world: Seattle, two Colorado cities and Portland, with a few of everything. */
const city = (name: string, region: string, airports: string[]): CityInfo => ({
  name,
  region,
  country: 'United States',
  location: null,
  timeZone: 'America/Denver',
  airports,
});

const restaurant = (name: string, inCity: string, cuisines: string[], averageCost: number): Restaurant => ({
  name,
  city: inCity,
  cuisines,
  dietary: [],
  averageCost,
  rating: 4.2,
});

const sight = (name: string, inCity: string): Sight => ({
  name,
  city: inCity,
  category: 'Landmark',
  location: { lat: 39.7, lon: -105 },
  address: `1 Main St, ${inCity}`,
});

const stay = (
  name: string,
  inCity: string,
  roomType: RoomType,
  forbids: Stay['forbids'],
  minimumNights: number,
  maximumOccupancy: number,
  pricePerNight: number,
): Stay => ({
  name,
  city: inCity,
  roomType,
  forbids,
  minimumNights,
  maximumOccupancy,
  rating: 4.5,
  pricePerNight,
});

const flight = (
  flightNumber: string,
  from: string,
  to: string,
  date: IsoDate,
  departureTime: string,
  price: number,
): Flight => ({
  flightNumber,
  from,
  to,
  date,
  departureTime,
  arrivalTime: '12:00',
  durationMinutes: 150,
  distanceKm: 1640,
  price,
});

const road = (mode: GroundMode, from: string, to: string, cost: number): GroundRoute => ({
  mode,
  from,
  to,
  durationMinutes: 75,
  distanceKm: 110,
  cost,
});

export const WORLD_DATA: FakeWorldData = {
  cities: [
    city('Seattle', 'Washington', ['SEA']),
    city('Denver', 'Colorado', ['DEN']),
    city('Colorado Springs', 'Colorado', ['COS']),
    city('Portland', 'Oregon', ['PDX']),
  ],
  flights: [
    flight('F1001', 'Seattle', 'Denver', '2025-06-01', '08:00', 180),
    flight('F1002', 'Seattle', 'Denver', '2025-06-01', '15:00', 150),
    flight('F2002', 'Colorado Springs', 'Seattle', '2025-06-05', '09:00', 210),
    flight('F3003', 'Denver', 'Seattle', '2025-06-05', '10:00', 190),
  ],
  groundRoutes: [
    road('taxi', 'Denver', 'Colorado Springs', 120),
    road('taxi', 'Colorado Springs', 'Denver', 120),
    road('self-driving', 'Denver', 'Colorado Springs', 25),
    road('self-driving', 'Seattle', 'Portland', 40),
    road('self-driving', 'Portland', 'Seattle', 40),
  ],
  stays: [
    stay('Mile High Loft', 'Denver', 'Entire home/apt', [], 2, 4, 150),
    stay('Union Station Suites', 'Denver', 'Private room', ['smoking'], 3, 2, 120),
    stay('Shared Bunk Hostel', 'Denver', 'Shared room', [], 1, 4, 40),
    stay('No Pets Inn', 'Denver', 'Private room', ['pets'], 1, 2, 90),
    stay('Downtown Rooms', 'Denver', 'Private room', [], 1, 2, 100),
    stay('Springs Cottage', 'Colorado Springs', 'Entire home/apt', ['smoking'], 2, 4, 130),
    stay('Springs Motel', 'Colorado Springs', 'Private room', [], 1, 2, 80),
    stay('Pearl District Flat', 'Portland', 'Entire home/apt', ['parties'], 2, 3, 140),
  ],
  restaurants: [
    restaurant('Pike Diner', 'Seattle', ['American', 'Breakfast'], 15),
    restaurant('Seattle Tacos', 'Seattle', ['Mexican'], 20),
    restaurant('Sound Noodles', 'Seattle', ['Thai'], 18),
    restaurant('Mile High Grill', 'Denver', ['American', 'Steakhouse'], 35),
    restaurant('Rocky Bagels', 'Denver', ['Bakery', 'Cafe'], 12),
    restaurant('Taco Loco', 'Denver', ['Mexican'], 18),
    restaurant('Sakura Denver', 'Denver', ['Japanese', 'Sushi'], 40),
    restaurant('Denver Pho', 'Denver', ['Vietnamese'], 16),
    restaurant('Bistro Vendome', 'Denver', ['French'], 45),
    restaurant('Pikes Peak Cafe', 'Colorado Springs', ['Cafe', 'American'], 14),
    restaurant('Springs Steakhouse', 'Colorado Springs', ['Steakhouse'], 50),
    restaurant('Cheyenne Bakery', 'Colorado Springs', ['Bakery'], 10),
    restaurant('Olympic Noodles', 'Colorado Springs', ['Chinese'], 17),
    restaurant('Springs Smokehouse', 'Colorado Springs', ['BBQ'], 28),
    restaurant('Springs Diner', 'Colorado Springs', ['American'], 13),
    restaurant('Voodoo Donuts', 'Portland', ['Bakery', 'Desserts'], 8),
    restaurant('Portland Burgers', 'Portland', ['American'], 16),
    restaurant('Rose City Thai', 'Portland', ['Thai'], 22),
    restaurant('Powell Pizza', 'Portland', ['Italian', 'Pizza'], 19),
    restaurant('Bridge Sushi', 'Portland', ['Japanese'], 35),
    restaurant('Cart Tacos', 'Portland', ['Mexican'], 12),
    restaurant('Portland Cafe', 'Portland', ['Cafe'], 11),
    restaurant('Portland Steak', 'Portland', ['Steakhouse'], 48),
  ],
  sights: [
    sight('Space Needle', 'Seattle'),
    sight('Union Station', 'Denver'),
    sight('Red Rocks Park', 'Denver'),
    sight('Denver Art Museum', 'Denver'),
    sight('Denver Botanic Gardens', 'Denver'),
    sight('Garden of the Gods', 'Colorado Springs'),
    sight('Pikes Peak', 'Colorado Springs'),
    sight('Cheyenne Mountain Zoo', 'Colorado Springs'),
    sight('Seven Falls', 'Colorado Springs'),
    sight("Powell's Books", 'Portland'),
    sight('Washington Park', 'Portland'),
    sight('Pittock Mansion', 'Portland'),
    sight('Forest Park', 'Portland'),
  ],
};

export function createWorld(): FakeWorld {
  return new FakeWorld(structuredClone(WORLD_DATA));
}

function only<T>(items: readonly T[], what: string): T {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0) throw new Error(`fixture: expected exactly one ${what}`);
  return structuredClone(item);
}

export const restaurantNamed = (name: string): Restaurant =>
  only(
    WORLD_DATA.restaurants.filter((r) => r.name === name),
    `restaurant ${name}`,
  );
export const sightNamed = (name: string): Sight =>
  only(
    WORLD_DATA.sights.filter((s) => s.name === name),
    `sight ${name}`,
  );
export const stayNamed = (name: string): Stay =>
  only(
    WORLD_DATA.stays.filter((s) => s.name === name),
    `stay ${name}`,
  );
export const flightNumbered = (flightNumber: string): Flight =>
  only(
    WORLD_DATA.flights.filter((f) => f.flightNumber === flightNumber),
    `flight ${flightNumber}`,
  );
export const roadOf = (mode: GroundMode, from: string, to: string): GroundRoute =>
  only(
    WORLD_DATA.groundRoutes.filter((r) => r.mode === mode && r.from === from && r.to === to),
    `${mode} ${from}→${to}`,
  );
