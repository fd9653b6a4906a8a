import { createSandboxKinds } from '../../../../tools/providers/sandbox/sandbox-world.js';
import { createManualTimeline } from '../../../../tools/providers/world-timeline.js';
import { describeFlightsKindContract } from './flights.contract.js';
import { describeGazetteerContract } from './gazetteer.contract.js';
import { describeGroundKindContract } from './ground.contract.js';
import { describeRestaurantsKindContract } from './restaurants.contract.js';
import { describeSightsKindContract } from './sights.contract.js';
import { describeStaysKindContract } from './stays.contract.js';
import { describeTrainsKindContract } from './trains.contract.js';
import { describeWeatherKindContract } from './weather.contract.js';

// Each sandbox kind on its own, as a composition that overrides the others would use it; a
// moved clock (30 h: drift epoch 5) must keep every kind within its contract too.
for (const [label, hours] of [
  ['sandbox kinds', undefined],
  ['sandbox kinds at 30 hours', 30],
] as const) {
  const kinds = () =>
    createSandboxKinds({
      seed: 7,
      timeline: hours === undefined ? undefined : createManualTimeline({ hours }),
    });
  const date = '2025-06-13';
  describeGazetteerContract(label, () => kinds().gazetteer, { city: 'san francisco', alias: 'SFO' });
  describeFlightsKindContract(label, () => kinds().flights, {
    query: { from: 'Seattle', to: 'Los Angeles', date },
  });
  describeTrainsKindContract(label, () => kinds().trains, { query: { from: 'Paris', to: 'Lyon', date } });
  describeGroundKindContract(label, () => kinds().ground, {
    city: 'Seattle',
    pair: { from: 'Seattle', to: 'Portland' },
    noRoutePair: { from: 'Seattle', to: 'Tokyo' },
  });
  describeStaysKindContract(label, () => kinds().stays, {
    query: { city: 'San Francisco', checkIn: date, checkOut: '2025-06-16', travellers: 2 },
  });
  describeRestaurantsKindContract(label, () => kinds().restaurants, { city: 'San Francisco' });
  describeSightsKindContract(label, () => kinds().sights, { city: 'San Francisco' });
  describeWeatherKindContract(label, () => kinds().weather, {
    city: 'San Francisco',
    date,
    expectOutlook: true,
  });
}
