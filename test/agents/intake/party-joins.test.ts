import { describe, expect, it } from 'vitest';
import { extractTravellers } from '../../../agents/intake/parse/travellers.js';

// How people join a party beyond a head count (the whole requests are in
// test/fixtures/understanding/party-6.jsonl).
const count = (text: string) => extractTravellers(text.toLowerCase()).travellers;

describe('the writer plus a number', () => {
  it('"me + 3 people" and "me + 1" count the writer too', () => {
    expect(count('me + 3 people, Boston to NYC')).toBe(4);
    expect(count('$2k for everything, me + 1')).toBe(2);
    expect(count('myself and 2 others')).toBe(3);
  });

  it('leaves named companions to the companion patterns', () => {
    expect(count('me + 3 buddies, golf weekend')).toBe(4);
    expect(count('me and 2 kids')).toBe(3);
  });
});

describe('groups and added grown-ups', () => {
  it('"three families of four" is twelve', () => {
    expect(count('three families of four')).toBe(12);
  });

  it('one grown-up added to counted couples or adults', () => {
    expect(count('two couples and a single friend')).toBe(5);
    expect(count('2 adults + 2 kids + grandpa')).toBe(5);
  });

  it('a grown-up in brackets after the count restates it', () => {
    expect(count('2 adults (me and my friend), Feb 3-6')).toBe(2);
    expect(count('4 adults (2 couples) and 3 kids')).toBe(7);
  });
});

describe('relatives in a list', () => {
  it('a number in a list is counted once: "my husband, our 3 kids and me"', () => {
    expect(count('my husband, our 3 kids and me')).toBe(5);
  });

  it('a second relative shares the possessive: "our son (8) and daughter (5)"', () => {
    expect(count('my wife, me, our son (8) and daughter (5)')).toBe(4);
    expect(count('me, my mom and dad')).toBe(3);
  });

  it('"a couple and their twins" is four, and twins are exactly two', () => {
    const read = extractTravellers('a couple and their twins');
    expect(read.travellers).toBe(4);
    expect(read.warnings).toEqual([]);
  });
});

describe('companions named before the writer, and bare lists of family roles', () => {
  it('"4 girls + me" and "just the wife and I"', () => {
    expect(count('4 girls + me, Nashville from Atlanta')).toBe(5);
    expect(count('just the wife and I, Boston to Montreal')).toBe(2);
  });

  it('a texted list: each bare role one, each count that many, pets none', () => {
    expect(count('husband, me, 2 kids, 1 dog. Portland to Seattle')).toBe(4);
    expect(count('mom, dad and 3 kids, Atlanta to Orlando')).toBe(5);
  });

  it('a spouse named bare leaves out the writer, the other spouse', () => {
    expect(count('wife and 2 kids from Boston')).toBe(4);
  });
});
