import { afterAll } from 'vitest';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources, type RealSourceSettings } from '../../../../tools/providers/real/real-sources.js';
import { startRealSourceFakes } from '../../../support/real-source-fakes.js';
import { describeFlightsKindContract } from '../kinds/flights.contract.js';
import { describeGazetteerContract } from '../kinds/gazetteer.contract.js';
import { describeGroundKindContract } from '../kinds/ground.contract.js';
import { describeRestaurantsKindContract } from '../kinds/restaurants.contract.js';
import { describeSightsKindContract } from '../kinds/sights.contract.js';
import { describeStaysKindContract } from '../kinds/stays.contract.js';
import { describeTrainsKindContract } from '../kinds/trains.contract.js';
import { describeWeatherKindContract } from '../kinds/weather.contract.js';

// Every real kind runs the same kind contracts as the sandbox and TravelPlanner, against the
// services' loopback fakes. The contracts build kinds while collecting, so the fakes start first.
const fakes = await startRealSourceFakes({ today: '2027-04-20' });
afterAll(() => fakes.close());

// Each kind from its own RealSources, as separate processes would build them ("across instances").
const built = (settings: Partial<RealSourceSettings> = {}) => createRealSources(fakes.settings(settings));
const date = '2027-05-01';

for (const geo of ['table', 'osm', 'photon'] as const) {
  const label = `real kinds, GEO=${geo}`;
  describeGazetteerContract(label, () => realKinds.gazetteer().kind, { city: 'lyon', alias: 'LYS' });
  describeFlightsKindContract(label, () => realKinds.duffelFlights(built({ geo })).kind, {
    query: { from: 'London', to: 'Paris', date },
  });
  describeStaysKindContract(label, () => realKinds.duffelStays(built({ geo })).kind, {
    query: { city: 'Paris', checkIn: date, checkOut: '2027-05-04', travellers: 2 },
  });
  describeRestaurantsKindContract(label, () => realKinds.osmRestaurants(built({ geo })).kind, {
    city: 'Lyon',
  });
  describeSightsKindContract(label, () => realKinds.osmSights(built({ geo })).kind, { city: 'Lyon' });
  describeGroundKindContract(label, () => realKinds.osrmGround(built({ geo })).kind, {
    city: 'Lyon',
    pair: { from: 'Lyon', to: 'Paris' },
  });
  for (const [basis, day] of [
    ['forecast', '2027-04-22'],
    ['climate', '2027-08-15'],
  ] as const)
    describeWeatherKindContract(`${label}, ${basis}`, () => realKinds.openMeteoWeather(built({ geo })).kind, {
      city: 'Lyon',
      date: day,
      expectOutlook: true,
    });
}
describeTrainsKindContract('real kinds', () => realKinds.noTrains().kind, {
  noTrainsQuery: { from: 'Lyon', to: 'Paris', date },
});
describeFlightsKindContract(
  'real kinds, FX=builtin',
  () => realKinds.duffelFlights(built({ fx: 'builtin' })).kind,
  {
    query: { from: 'London', to: 'Paris', date },
  },
);
