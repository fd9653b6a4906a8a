import type { Attribution } from '../sources/source-common.schema.js';

export const DUFFEL_ATTRIBUTION: Attribution = {
  source: 'duffel',
  text: 'Fares and rates by Duffel; book with the offer id',
  licence: null,
  url: 'https://duffel.com/',
};
