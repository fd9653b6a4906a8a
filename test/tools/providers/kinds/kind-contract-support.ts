/** A city no world knows: every kind answers it with nothing rather than an error. */
export const UNKNOWN_CITY = 'Atlantis-on-Nowhere';

/** Not a date: a caller bug every kind that takes dates rejects instead of answering empty. */
export const NOT_A_DATE = '2025-13-45';
