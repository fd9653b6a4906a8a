/**
 * Month names as people write them: English in full or abbreviated, and the French, Spanish,
 * Italian, German and Portuguese names writers of those languages carry into English requests
 * ("le 12 juin", "12. Juni", "15 de julio"). Accents are already folded by toRequestText.
 */
const NAMES: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sept: 9,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // French
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  // Spanish / Portuguese / Italian
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  janeiro: 1,
  fevereiro: 2,
  marco: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  // German
  januar: 1,
  februar: 2,
  marz: 3,
  maerz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
};

/** A regex source (one capture group) for a month name, longest names first; a dot may follow. */
// Only an abbreviation takes a full stop ("Jun. 2"); after a full name it ends the sentence
// ("first week of June. 2 adults").
export const MONTH = `(${Object.keys(NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?:(?<=\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\\.)?`;

/** The same, without a capture group, for lookaheads. */
export const ANY_MONTH = MONTH.replace('(', '(?:');

export function monthNumber(word: string | undefined): number | undefined {
  return word === undefined ? undefined : NAMES[word.replace(/\.$/, '')];
}

export const MONTH_LABELS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
