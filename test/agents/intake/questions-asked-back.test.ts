import { describe, expect, it } from 'vitest';
import { parse, worldGazetteer } from './fixtures.js';

// What the reader asks back instead of guessing or dropping a word (today is 2026-11-24); whole
// requests are in test/fixtures/understanding/*-7.jsonl.
const read = (text: string) => parse(text, worldGazetteer).draft;
const questions = (text: string) => read(text).problems.map((p) => `${p.field}: ${p.message}`);

describe('a trip timed only by an event asks when the event is, by name', () => {
  it('a known name, an event noun, and a name that holds a month', () => {
    expect(questions('Austin for SXSW from Dallas, 4 nights')).toEqual([
      'startDate: When is SXSW? The trip is timed by it, but its dates are not known here.',
    ]);
    expect(read('Boston for the Boston Marathon, flying in from NYC, 3 nights').startDate).toBeNull();
    expect(questions('Boston for the Boston Marathon, flying in from NYC, 3 nights')[0]).toMatch(
      /When is the Boston Marathon\?/,
    );
    const oktoberfest = read('Munich for Oktoberfest, flying from London, 3 nights, 4 lads');
    expect(oktoberfest.startDate).toBeNull();
    expect(oktoberfest.travellers).toBe(4);
  });

  it('asks nothing when the dates are written, nor for a stay of "a week"', () => {
    expect(questions('Austin for SXSW from Dallas, March 12-16')).toEqual([]);
    expect(questions('Boston to Chicago for a week from Jan 4')).toEqual([]);
  });
});

describe('a city named but given no part is asked about, not dropped', () => {
  it('"Denver, Paris for a week": is the trip leaving from Denver?', () => {
    const draft = read('Denver, Paris for a week, May 3');
    expect(draft.origin).toBeNull();
    expect(draft.destination).toEqual({ kind: 'city', city: 'Paris' });
    expect(draft.problems).toEqual([
      {
        field: 'origin',
        message: 'Is the trip leaving from Denver? It is named, but not as the start or a stop.',
      },
    ]);
  });

  it('two cities with no role name both in the question', () => {
    expect(questions('Seattle, Portland, Jan 10-15')).toEqual([
      'origin: Is the trip Seattle to Portland? Both are named, but not which one it starts from.',
    ]);
  });

  it('a lower-case "nice" beside another destination is no city', () => {
    const draft = read('SF to LA, Feb 6-8, nice museums and good food');
    expect(draft.destination).toEqual({ kind: 'city', city: 'Los Angeles' });
    expect(draft.warnings.join(' ')).not.toMatch(/Nice/);
  });
});

describe('the party as people write it', () => {
  it.each([
    ['me + 1, plus 2 kids, Denver to San Diego Jan 2-7', 4],
    ['me+2, plus a toddler, Boston to DC, Jan 8-10', 4],
    ['me and like 5 friends, NYC to Miami, Mar 12-15', 6],
    ['two adults, oops three, Chicago to Denver Jan 8-11', 3],
    ['3 couples + 2 singles, Dallas to Cancun Apr 10-17', 8],
    ['the whole family: me, wife, 2 teenagers and grandma. Houston to Denver, Dec 26-30', 5],
  ])('%s → %i', (text, travellers) => {
    expect(read(text).travellers).toBe(travellers);
  });
});
