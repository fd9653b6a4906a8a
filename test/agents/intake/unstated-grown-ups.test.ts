import { describe, expect, it } from 'vitest';
import { extractTravellers } from '../../../agents/intake/parse/travellers.js';

// Parties written without a word the head counts know (the whole requests are in
// test/fixtures/understanding/party-12.jsonl).
const read = (text: string) => extractTravellers(text.toLowerCase());
const count = (text: string) => read(text).travellers;

describe('children counted with no grown-up beside them', () => {
  it('a family trip brings two parents along, and says so', () => {
    const { travellers, warnings } = read('Family week in Washington DC, kids 8 and 11, museums');
    expect(travellers).toBe(4);
    expect(warnings.join(' ')).toMatch(/2 children but no adults; assuming two parents/);
    expect(count('family beach week, kids 5, 9 and 12')).toBe(5);
    expect(count('spring break with the family, children ages 6 and 10')).toBe(4);
  });

  it('without a family, the writer is the grown-up', () => {
    expect(count('2 kids, Boston to NYC')).toBe(3);
  });

  it('"6 girls" is a group of friends, not children travelling alone', () => {
    expect(count('bachelorette weekend, 6 girls')).toBe(6);
    expect(count('3 boys, road trip')).toBe(3);
  });
});

describe('a pair that takes the children', () => {
  it('"grandparents taking 2 grandkids" is four', () => {
    expect(count('Grandparents taking 2 grandkids from Pittsburgh to Cleveland by car')).toBe(4);
  });

  it('"couple bringing their 2 kids" is four', () => {
    expect(count('couple bringing their 2 kids to the coast')).toBe(4);
  });
});

describe('people counted by what they do', () => {
  it('hikers, skiers, golfers, backpackers and bridesmaids are travellers', () => {
    expect(count('Denver to Moab and back, 2 hikers')).toBe(2);
    expect(count('4 avid golfers, golf weekend')).toBe(4);
    expect(count('2 backpackers, a week')).toBe(2);
    expect(count('6 bridesmaids, Nashville')).toBe(6);
  });

  it('two pastimes add up', () => {
    expect(count('3 skiers and 2 snowboarders')).toBe(5);
  });
});
