import { SPAIN } from './countries.js';
import type { CountrySeed } from './curated-city.js';

/** European countries added after the first set (countries.ts); carriers are real airline codes. */
export const AUSTRIA: CountrySeed = {
  country: 'Austria',
  countryCode: 'AT',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['OS'],
  localCuisines: ['Austrian', 'Coffeehouse'],
};
export const HUNGARY: CountrySeed = {
  country: 'Hungary',
  countryCode: 'HU',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['W6'],
  localCuisines: ['Hungarian'],
};
export const POLAND: CountrySeed = {
  country: 'Poland',
  countryCode: 'PL',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['LO'],
  localCuisines: ['Polish', 'Pierogi'],
};
export const SWITZERLAND: CountrySeed = {
  country: 'Switzerland',
  countryCode: 'CH',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['LX'],
  localCuisines: ['Swiss', 'Fondue'],
};
export const BELGIUM: CountrySeed = {
  country: 'Belgium',
  countryCode: 'BE',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['SN'],
  localCuisines: ['Belgian', 'Frites'],
};
/** Ireland is an island: no car reaches it without a ferry. */
export const IRELAND: CountrySeed = {
  country: 'Ireland',
  countryCode: 'IE',
  continent: 'Europe',
  landmass: 'ireland',
  carriers: ['EI', 'FR'],
  localCuisines: ['Irish', 'Pub Food'],
};
export const ICELAND: CountrySeed = {
  country: 'Iceland',
  countryCode: 'IS',
  continent: 'Europe',
  landmass: 'iceland',
  carriers: ['FI'],
  localCuisines: ['Icelandic', 'Seafood'],
};
export const DENMARK: CountrySeed = {
  country: 'Denmark',
  countryCode: 'DK',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['SK'],
  localCuisines: ['Danish', 'New Nordic'],
};
export const SWEDEN: CountrySeed = {
  country: 'Sweden',
  countryCode: 'SE',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['SK', 'DY'],
  localCuisines: ['Swedish', 'Fika'],
};
export const NORWAY: CountrySeed = {
  country: 'Norway',
  countryCode: 'NO',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['DY', 'SK', 'WF'],
  localCuisines: ['Norwegian', 'Seafood'],
};
export const GREECE: CountrySeed = {
  country: 'Greece',
  countryCode: 'GR',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['A3'],
  localCuisines: ['Greek', 'Taverna'],
};
/** Santorini is an island: ferries and flights only. */
export const GREECE_SANTORINI: CountrySeed = { ...GREECE, landmass: 'santorini' };
/** Mykonos is an island: ferries and flights only. */
export const GREECE_MYKONOS: CountrySeed = { ...GREECE, landmass: 'mykonos' };
/** Mallorca is an island: ferries and flights only. */
export const SPAIN_MALLORCA: CountrySeed = { ...SPAIN, landmass: 'mallorca' };
/** Named as the country names itself: "turkey" is also a bird people eat (region-codes maps it). */
export const TURKIYE: CountrySeed = {
  country: 'Türkiye',
  countryCode: 'TR',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['TK', 'PC'],
  localCuisines: ['Turkish', 'Kebab'],
};
export const CROATIA: CountrySeed = {
  country: 'Croatia',
  countryCode: 'HR',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['OU'],
  localCuisines: ['Croatian', 'Seafood'],
};
