import { US_STATE_CODES } from '../../../domain/us-states.js';

/**
 * Short names people use for regions and countries. US state codes are the common case
 * ("a road trip in CA"); Canadian province codes do not collide with them, Australian ones
 * would ("WA"), so those are left out.
 */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ...US_STATE_CODES,
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
};

/** Other names of the countries in the gazetteer (keys compared after normalisation). */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'United States',
  us: 'United States',
  'united states of america': 'United States',
  america: 'United States',
  uk: 'United Kingdom',
  'great britain': 'United Kingdom',
  britain: 'United Kingdom',
  czechia: 'Czech Republic',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
  korea: 'South Korea',
  'republic of korea': 'South Korea',
  turkey: 'Türkiye',
  turkiye: 'Türkiye',
  uae: 'United Arab Emirates',
  emirates: 'United Arab Emirates',
  'the emirates': 'United Arab Emirates',
  'republic of ireland': 'Ireland',
  'washington state': 'Washington',
  'new york state': 'New York',
};
