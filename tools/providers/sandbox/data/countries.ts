import type { CountrySeed } from './curated-city.js';

/** Country facts spread into each curated city. Carriers are real airline codes of the country. */
export const UNITED_STATES: CountrySeed = {
  country: 'United States',
  countryCode: 'US',
  continent: 'North America',
  landmass: 'north-america',
  carriers: ['AA', 'UA', 'DL', 'WN', 'AS', 'B6'],
  localCuisines: ['Burgers', 'Steakhouse'],
};
/** Hawaii is in the US but no road reaches it. */
export const HAWAII: CountrySeed = { ...UNITED_STATES, continent: 'Oceania', landmass: 'hawaii-oahu' };
/** Maui is an island of its own: no road or bridge joins it to Oahu. */
export const HAWAII_MAUI: CountrySeed = { ...HAWAII, landmass: 'hawaii-maui' };
export const CANADA: CountrySeed = {
  country: 'Canada',
  countryCode: 'CA',
  continent: 'North America',
  landmass: 'north-america',
  carriers: ['AC', 'WS'],
  localCuisines: ['Canadian'],
};
export const MEXICO: CountrySeed = {
  country: 'Mexico',
  countryCode: 'MX',
  continent: 'North America',
  landmass: 'north-america',
  carriers: ['AM', 'Y4', 'VB'],
  localCuisines: ['Tacos', 'Oaxacan'],
};
export const ITALY: CountrySeed = {
  country: 'Italy',
  countryCode: 'IT',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['AZ', 'FR', 'U2'],
  localCuisines: ['Gelato', 'Pizza'],
};
export const FRANCE: CountrySeed = {
  country: 'France',
  countryCode: 'FR',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['AF', 'U2', 'TO'],
  localCuisines: ['Crêperie', 'Bakery'],
};
export const SPAIN: CountrySeed = {
  country: 'Spain',
  countryCode: 'ES',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['IB', 'VY', 'UX'],
  localCuisines: ['Spanish', 'Tapas'],
};
export const UNITED_KINGDOM: CountrySeed = {
  country: 'United Kingdom',
  countryCode: 'GB',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['BA', 'U2', 'VS'],
  localCuisines: ['British', 'Pub Food'],
};
export const GERMANY: CountrySeed = {
  country: 'Germany',
  countryCode: 'DE',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['LH', 'EW'],
  localCuisines: ['German', 'Beer Garden'],
};
export const NETHERLANDS: CountrySeed = {
  country: 'Netherlands',
  countryCode: 'NL',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['KL', 'HV'],
  localCuisines: ['Dutch', 'Indonesian'],
};
export const PORTUGAL: CountrySeed = {
  country: 'Portugal',
  countryCode: 'PT',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['TP'],
  localCuisines: ['Portuguese', 'Seafood'],
};
export const CZECHIA: CountrySeed = {
  country: 'Czech Republic',
  countryCode: 'CZ',
  continent: 'Europe',
  landmass: 'europe',
  carriers: ['OK', 'QS'],
  localCuisines: ['Czech'],
};
export const JAPAN: CountrySeed = {
  country: 'Japan',
  countryCode: 'JP',
  continent: 'Asia',
  landmass: 'japan-honshu',
  carriers: ['NH', 'JL', 'MM'],
  localCuisines: ['Ramen', 'Sushi'],
};
export const SOUTH_KOREA: CountrySeed = {
  country: 'South Korea',
  countryCode: 'KR',
  continent: 'Asia',
  landmass: 'korea',
  carriers: ['KE', 'OZ'],
  localCuisines: ['Korean', 'Korean BBQ'],
};
export const THAILAND: CountrySeed = {
  country: 'Thailand',
  countryCode: 'TH',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['TG', 'FD'],
  localCuisines: ['Street Food'],
};
export const SINGAPORE: CountrySeed = {
  country: 'Singapore',
  countryCode: 'SG',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['SQ', 'TR'],
  localCuisines: ['Hawker', 'Malaysian'],
};
export const INDIA: CountrySeed = {
  country: 'India',
  countryCode: 'IN',
  continent: 'Asia',
  landmass: 'asia-mainland',
  carriers: ['AI', '6E'],
  localCuisines: ['Street Food', 'Vegetarian'],
};
export const AUSTRALIA: CountrySeed = {
  country: 'Australia',
  countryCode: 'AU',
  continent: 'Oceania',
  landmass: 'australia',
  carriers: ['QF', 'VA', 'JQ'],
  localCuisines: ['Australian', 'Seafood'],
};
export const NEW_ZEALAND: CountrySeed = {
  country: 'New Zealand',
  countryCode: 'NZ',
  continent: 'Oceania',
  landmass: 'new-zealand-north',
  carriers: ['NZ'],
  localCuisines: ['Seafood', 'Cafe'],
};
export const BRAZIL: CountrySeed = {
  country: 'Brazil',
  countryCode: 'BR',
  continent: 'South America',
  landmass: 'south-america',
  carriers: ['LA', 'G3', 'AD'],
  localCuisines: ['Brazilian', 'Churrascaria'],
};
export const ARGENTINA: CountrySeed = {
  country: 'Argentina',
  countryCode: 'AR',
  continent: 'South America',
  landmass: 'south-america',
  carriers: ['AR', 'FO'],
  localCuisines: ['Argentinian', 'Steakhouse'],
};
export const PERU: CountrySeed = {
  country: 'Peru',
  countryCode: 'PE',
  continent: 'South America',
  landmass: 'south-america',
  carriers: ['LA', 'H2'],
  localCuisines: ['Peruvian', 'Ceviche'],
};
export const SOUTH_AFRICA: CountrySeed = {
  country: 'South Africa',
  countryCode: 'ZA',
  continent: 'Africa',
  landmass: 'africa',
  carriers: ['SA', 'FA'],
  localCuisines: ['South African', 'Braai'],
};
export const MOROCCO: CountrySeed = {
  country: 'Morocco',
  countryCode: 'MA',
  continent: 'Africa',
  landmass: 'africa',
  carriers: ['AT'],
  localCuisines: ['Moroccan'],
};
export const EGYPT: CountrySeed = {
  country: 'Egypt',
  countryCode: 'EG',
  continent: 'Africa',
  landmass: 'africa',
  carriers: ['MS'],
  localCuisines: ['Egyptian', 'Middle Eastern'],
};
