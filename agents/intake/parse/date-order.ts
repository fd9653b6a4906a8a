/**
 * Countries whose people write a numeric date month first ("3/5" is March 5): the United States
 * and its neighbours in habit, and East Asia, which writes year/month/day and drops the year.
 * Everyone else writes the day first ("5/3" is 5 March): Britain, Europe, Australia, India…
 */
const MONTH_FIRST = new Set([
  'United States',
  'Canada',
  'Philippines',
  'Japan',
  'China',
  'South Korea',
  'Taiwan',
]);

/** Whether a writer starting from `country` writes "5/3" for 5 March; undefined when unknown. */
export function writesDayFirst(country: string | undefined): boolean | undefined {
  return country === undefined ? undefined : !MONTH_FIRST.has(country);
}
