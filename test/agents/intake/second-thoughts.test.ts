import { describe, expect, it } from 'vitest';
import { parse, worldGazetteer } from './fixtures.js';

// A writer changing their mind about a place or a day, or ruling a place out (today is
// 2026-11-24, a Tuesday); whole requests are in test/fixtures/understanding/*-6.jsonl.
const read = (text: string) => parse(text, worldGazetteer).draft;
const cities = (...names: string[]) => ({
  kind: 'cities',
  stops: names.map((city) => ({ city, nights: null })),
});

describe('a place ruled out is no stop and no destination', () => {
  it('"no Nice" at the end of a list', () => {
    const draft = read('Paris, Lyon, no Nice, from London, 7 days in April');
    expect(draft.destination).toEqual(cities('Paris', 'Lyon'));
    expect(draft.notes).toContain('Left out Nice, which the request rules out.');
  });

  it('"skip", "(not …)" and "not" before the place', () => {
    expect(read('Rome -> Florence -> Osaka, skip Kyoto, from Denver, 10 days in May').destination).toEqual(
      cities('Rome', 'Florence', 'Osaka'),
    );
    expect(read('Seattle and Portland (not LA) from Denver, Feb 2-10').destination).toEqual(
      cities('Seattle', 'Portland'),
    );
    expect(read('Edinburgh and London, not Paris, from New York, 9 nights from 1 June').destination).toEqual(
      cities('Edinburgh', 'London'),
    );
  });

  it('a region with one city skipped stays the region', () => {
    const draft = read('Italy but skip Florence, from New York, 10 days in May');
    expect(draft.destination).toMatchObject({ kind: 'region', region: 'Italy' });
  });

  it('"no" before a word about the place refuses that word, not the place', () => {
    expect(read('Seattle to Denver, no Denver hotels downtown, Feb 2-5').destination).toEqual({
      kind: 'city',
      city: 'Denver',
    });
  });
});

describe('a changed mind about a place keeps the second', () => {
  it('"Denver or actually Portland"', () => {
    expect(read('denver or actually portland, from seattle, 3 nights from feb 5').destination).toEqual({
      kind: 'city',
      city: 'Portland',
    });
  });

  it('"Portland... maybe Denver instead", but not "instead of"', () => {
    expect(read('Portland... maybe Denver instead, from Seattle, Jan 15-18').destination).toEqual({
      kind: 'city',
      city: 'Denver',
    });
    expect(read('Seattle to Portland, Denver instead of Eugene, Jan 15-18').destination).toEqual(
      cities('Portland', 'Denver'),
    );
  });

  it('the cue word said again: "from Tokyo? no, from Osaka"', () => {
    const draft = read('trip to Kyoto from Tokyo? no, from Osaka. 2 nights, Jan 9');
    expect([draft.origin, draft.destination]).toEqual(['Osaka', { kind: 'city', city: 'Kyoto' }]);
  });
});

describe('a choice left open and settled later keeps the choice', () => {
  it('"Seattle or Portland, leaning Portland"', () => {
    const draft = read('Seattle or Portland, leaning Portland, from Denver, Feb 5-8');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Portland' });
    expect(draft.notes.join(' ')).toMatch(/choice between Seattle and Portland/);
  });

  it('"Denver, hmm, or New York? let\'s do New York"', () => {
    expect(read("Denver, hmm, or New York? let's do New York. from Seattle, Jan 15-18").destination).toEqual({
      kind: 'city',
      city: 'New York',
    });
  });

  it('an "or" never settled stays as written', () => {
    expect(read('Seattle or Portland from Denver, we prefer trains, Feb 5-8').destination).not.toEqual({
      kind: 'city',
      city: 'Portland',
    });
  });
});

describe('a changed mind about a day keeps the second', () => {
  it('short weekday names: "returning Tues, actually Weds the 20th"', () => {
    const draft = read('Denver to Seattle, leaving Thursday Jan 14, returning Tues, actually Weds the 20th');
    expect([draft.startDate, draft.days]).toEqual(['2027-01-14', 7]);
  });

  it('weekdays: "back Sunday, no wait, Monday"', () => {
    const draft = read('flying denver to seattle thursday, back sunday, no wait, monday');
    expect([draft.startDate, draft.days]).toEqual(['2026-11-26', 5]);
  });

  it('days of the month: "on the 19th... actually the 20th"', () => {
    expect(read('Flying Denver to Seattle on the 19th... actually the 20th. Staying 5 days').startDate).toBe(
      '2026-12-20',
    );
  });
});
