import type { Attribution } from '../sources/source-common.schema.js';

/** OpenStreetMap data is ODbL: every answer built from it carries this. */
export const OSM_ATTRIBUTION: Attribution = {
  source: 'openstreetmap',
  text: '© OpenStreetMap contributors',
  licence: 'ODbL 1.0',
  url: 'https://www.openstreetmap.org/copyright',
};
