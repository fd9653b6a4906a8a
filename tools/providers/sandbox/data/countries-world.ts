import { NEW_ZEALAND, UNITED_STATES } from './countries.js';
import type { CountrySeed } from './curated-city.js';

/** Countries outside Europe added after the first set (countries.ts); carriers are real airline codes. */
export const CHINA: CountrySeed = {
  country: 'China',
  countryCode: 'CN',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['CA', 'MU', 'CZ'],
  localCuisines: ['Sichuan', 'Dumplings'],
};
/** OurAirports keys Hong Kong apart (HK); a causeway and bridges join it to the mainland. */
export const HONG_KONG: CountrySeed = {
  country: 'Hong Kong',
  countryCode: 'HK',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['CX', 'UO'],
  localCuisines: ['Cantonese', 'Dim Sum'],
};
export const TAIWAN: CountrySeed = {
  country: 'Taiwan',
  countryCode: 'TW',
  continent: 'Asia',
  landmass: 'taiwan',
  carriers: ['CI', 'BR'],
  localCuisines: ['Taiwanese', 'Night Market'],
};
export const VIETNAM: CountrySeed = {
  country: 'Vietnam',
  countryCode: 'VN',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['VN', 'VJ'],
  localCuisines: ['Vietnamese', 'Pho'],
};
/** Only Bali is curated; its cities share the island. */
export const INDONESIA_BALI: CountrySeed = {
  country: 'Indonesia',
  countryCode: 'ID',
  continent: 'Asia',
  landmass: 'bali',
  carriers: ['GA', 'JT', 'QZ'],
  localCuisines: ['Indonesian', 'Balinese'],
};
export const MALAYSIA: CountrySeed = {
  country: 'Malaysia',
  countryCode: 'MY',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['MH', 'AK'],
  localCuisines: ['Malaysian', 'Hawker'],
};
export const UNITED_ARAB_EMIRATES: CountrySeed = {
  country: 'United Arab Emirates',
  countryCode: 'AE',
  continent: 'Asia',
  landmass: 'arabia',
  carriers: ['EK', 'FZ'],
  localCuisines: ['Emirati', 'Middle Eastern'],
};
export const ISRAEL: CountrySeed = {
  country: 'Israel',
  countryCode: 'IL',
  continent: 'Asia',
  landmass: 'israel',
  carriers: ['LY'],
  localCuisines: ['Israeli', 'Middle Eastern'],
};
export const QATAR: CountrySeed = {
  country: 'Qatar',
  countryCode: 'QA',
  continent: 'Asia',
  landmass: 'arabia',
  carriers: ['QR'],
  localCuisines: ['Qatari', 'Middle Eastern'],
};
/** Only Manila is curated: Luzon, with no road to the other islands. */
export const PHILIPPINES_LUZON: CountrySeed = {
  country: 'Philippines',
  countryCode: 'PH',
  continent: 'Asia',
  landmass: 'luzon',
  carriers: ['PR', '5J'],
  localCuisines: ['Filipino', 'Lechon'],
};
export const KENYA: CountrySeed = {
  country: 'Kenya',
  countryCode: 'KE',
  continent: 'Africa',
  landmass: 'africa',
  carriers: ['KQ'],
  localCuisines: ['Kenyan', 'Nyama Choma'],
};
export const COLOMBIA: CountrySeed = {
  country: 'Colombia',
  countryCode: 'CO',
  continent: 'South America',
  landmass: 'south-america',
  carriers: ['AV'],
  localCuisines: ['Colombian'],
};
export const CHILE: CountrySeed = {
  country: 'Chile',
  countryCode: 'CL',
  continent: 'South America',
  landmass: 'south-america',
  carriers: ['LA', 'JA'],
  localCuisines: ['Chilean', 'Seafood'],
};
export const CUBA: CountrySeed = {
  country: 'Cuba',
  countryCode: 'CU',
  continent: 'North America',
  landmass: 'cuba',
  carriers: ['CU'],
  localCuisines: ['Cuban'],
};
/** A US territory: US carriers, an island of its own; OurAirports keys it PR. */
export const PUERTO_RICO: CountrySeed = {
  ...UNITED_STATES,
  countryCode: 'PR',
  landmass: 'puerto-rico',
  localCuisines: ['Puerto Rican', 'Seafood'],
};
/** The South Island: no road joins it to Auckland's North Island. */
export const NEW_ZEALAND_SOUTH: CountrySeed = { ...NEW_ZEALAND, landmass: 'new-zealand-south' };
export const CAMBODIA: CountrySeed = {
  country: 'Cambodia',
  countryCode: 'KH',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['K6'],
  localCuisines: ['Khmer', 'Amok'],
};
/** The Bahamas: Nassau is on New Providence, an island of its own. */
export const BAHAMAS: CountrySeed = {
  country: 'Bahamas',
  countryCode: 'BS',
  continent: 'North America',
  landmass: 'new-providence',
  carriers: ['UP'],
  localCuisines: ['Bahamian', 'Seafood'],
};
/** Jamaica has no flag carrier of its own now; Caribbean Airlines flies from its airports. */
export const JAMAICA: CountrySeed = {
  country: 'Jamaica',
  countryCode: 'JM',
  continent: 'North America',
  landmass: 'jamaica',
  carriers: ['BW'],
  localCuisines: ['Jamaican', 'Jerk'],
};
export const DOMINICAN_REPUBLIC: CountrySeed = {
  country: 'Dominican Republic',
  countryCode: 'DO',
  continent: 'North America',
  landmass: 'hispaniola',
  carriers: ['DM'],
  localCuisines: ['Dominican', 'Seafood'],
};
