/**
 * The money people count in at home, by the country a trip starts in: "from Brisbane … 2k each"
 * means Australian dollars. Only currencies the money reader also knows by symbol or code; a
 * country not listed counts in US dollars, as before.
 */
const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  Australia: 'AUD',
  Canada: 'CAD',
  'New Zealand': 'NZD',
  'United Kingdom': 'GBP',
  Japan: 'JPY',
  India: 'INR',
  Switzerland: 'CHF',
  Singapore: 'SGD',
  'Hong Kong': 'HKD',
  Mexico: 'MXN',
  Brazil: 'BRL',
  'United Arab Emirates': 'AED',
  Thailand: 'THB',
  'South Korea': 'KRW',
  China: 'CNY',
  'South Africa': 'ZAR',
  Sweden: 'SEK',
  Norway: 'NOK',
  Denmark: 'DKK',
  // The euro area's countries in the worlds the reader meets.
  Austria: 'EUR',
  Belgium: 'EUR',
  Croatia: 'EUR',
  France: 'EUR',
  Germany: 'EUR',
  Greece: 'EUR',
  Ireland: 'EUR',
  Italy: 'EUR',
  Netherlands: 'EUR',
  Portugal: 'EUR',
  Spain: 'EUR',
};

export const DEFAULT_CURRENCY = 'USD';

/** The currency of a trip's home country (its origin's), US dollars when unknown. */
export function homeCurrency(country: string | undefined): string {
  return (country === undefined ? undefined : CURRENCY_BY_COUNTRY[country]) ?? DEFAULT_CURRENCY;
}
