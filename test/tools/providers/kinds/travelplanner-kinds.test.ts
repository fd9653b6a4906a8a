import { createTravelPlannerKinds } from '../../../../tools/providers/travelplanner/travelplanner-world.js';
import { sample } from '../travelplanner-samples.js';
import { describeFlightsKindContract } from './flights.contract.js';
import { describeGazetteerContract } from './gazetteer.contract.js';
import { describeGroundKindContract } from './ground.contract.js';
import { describeRestaurantsKindContract } from './restaurants.contract.js';
import { describeSightsKindContract } from './sights.contract.js';
import { describeStaysKindContract } from './stays.contract.js';
import { describeTrainsKindContract } from './trains.contract.js';
import { describeWeatherKindContract } from './weather.contract.js';

// One query's reference data (idx 21: Pittsburgh → Philadelphia, with road routes), kind by kind.
const label = 'travelplanner kinds (sample idx 21)';
const kinds = () => createTravelPlannerKinds(sample(21).reference_information, { label: 'idx=21' });
const query = { from: 'Pittsburgh', to: 'Philadelphia', date: '2022-03-14' };

describeGazetteerContract(label, () => kinds().gazetteer, { city: 'philadelphia' });
describeFlightsKindContract(label, () => kinds().flights, { query });
describeTrainsKindContract(label, () => kinds().trains, { noTrainsQuery: query });
describeGroundKindContract(label, () => kinds().ground, {
  city: 'Philadelphia',
  pair: { from: 'Nashville', to: 'Pittsburgh' },
  noRoutePair: { from: 'Philadelphia', to: 'Denver' },
});
describeStaysKindContract(label, () => kinds().stays, { query: { city: 'Philadelphia' } });
describeRestaurantsKindContract(label, () => kinds().restaurants, { city: 'Philadelphia' });
describeSightsKindContract(label, () => kinds().sights, { city: 'Philadelphia' });
describeWeatherKindContract(label, () => kinds().weather, {
  city: 'Philadelphia',
  date: query.date,
  expectOutlook: false,
});
