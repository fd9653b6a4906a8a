import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

// Misreads found by blind round 15 (the whole requests are in test/fixtures/understanding/*-15.jsonl).
const read = (text: string) => readInSandbox(text).draft;

describe('a head count right after a month is no day of it', () => {
  it('"feb 2 ppl" is February and two people, not the 2nd and one person', () => {
    const draft = read('chicago to denver 5 nights feb 2 ppl $3000');
    expect(draft.startDate).toBe('2027-02-01');
    expect(draft.travellers).toBe(2);
    expect(read('nyc to paris 6 nights in may 2 ppl 6000 usd').travellers).toBe(2);
    expect(read('vancouver to montreal 1 week mid-May 4 guys C$3,500').startDate).toBe('2027-05-15');
  });

  it('a month texted after the length is the month of the trip', () => {
    expect(read('LA to cabo 5 nights feb, fam of 4, 6k').startDate).toBe('2027-02-01');
    expect(read('boston to rome 8 days sept, 2 ppl, 7k').startDate).toBe('2027-09-01');
    expect(read('seattle to honolulu 1 wk in jan 2 adults max 4000').startDate).toBe('2027-01-01');
  });

  it('a day after a month is still a day', () => {
    expect(read('chicago to denver feb 2, 3 nights, 2 ppl').startDate).toBe('2027-02-02');
    expect(read('chicago to denver may 2 to may 5, 2 adults').startDate).toBe('2027-05-02');
  });
});

describe('a budget texted or said the way people say it', () => {
  it('a plain number right after the party is the budget', () => {
    expect(read('boston to philly 2 days next week 2 ppl 600').budget).toEqual({
      amount: 600,
      currency: 'USD',
    });
    expect(read('one way NYC to Miami dec 30 me + wife 600').budget?.amount).toBe(600);
    expect(read('kc to st louis 2 nights 2 adults 1 kid 900').budget?.amount).toBe(900);
    expect(read('atlanta to charleston 3 nights 2 ppl 1400 seafood').budget?.amount).toBe(1400);
  });

  it('a distance after the party is no budget', () => {
    expect(read('Denver to Chicago, Jan 8-10, 2 adults 300 miles max driving').budget).toBeNull();
  });

  it('"twelve hundred" and "two thousand four hundred dollars" are amounts, not head counts', () => {
    const twelve = readInSandbox('Atlanta to Savannah three nights from Feb 20 two people twelve hundred');
    expect(twelve.draft.budget?.amount).toBe(1200);
    expect(twelve.draft.travellers).toBe(2);
    expect(twelve.warnings.join(' ')).not.toContain('group sizes');
    expect(
      read('Denver to Las Vegas March 5 to 8 four people two thousand four hundred dollars').budget?.amount,
    ).toBe(2400);
  });

  it('"1200ish" is hedged', () => {
    const draft = read('denver to austin 3 nights from dec 18 me n my bf budget 1200ish');
    expect(draft.budget?.amount).toBe(1200);
    expect(draft.budgetApproximate).toBe(true);
  });

  it('the dollar named after the amount, and the rand written R', () => {
    expect(
      read('Boston to Montreal 3 nights in February for two budget fifteen hundred dollars Canadian').budget,
    ).toEqual({
      amount: 1500,
      currency: 'CAD',
    });
    expect(read('Cape Town to Johannesburg 3 nights early March, 2 people, R15,000').budget).toEqual({
      amount: 15000,
      currency: 'ZAR',
    });
  });

  it('"we each have about $600" is per person', () => {
    const draft = read('Austin to Denver, Jan 14-18, for me and my roommate. We each have about $600.');
    expect(draft.budget?.amount).toBe(1200);
  });
});

describe('airport codes and short names texted in lower case', () => {
  it('a code joined by "to" to a place found is that airport\'s city, in any case around it', () => {
    const mia = read('mia to nyc 2/12-2/16 couple ~2500');
    expect([mia.origin, mia.destination]).toEqual(['Miami', { kind: 'city', city: 'New York' }]);
    expect(read('lax to honolulu xmas week family of 5 10k').origin).toBe('Los Angeles');
    expect(read('hou to san antonio 2 nts this wknd 3 ppl 600').origin).toBe('Houston');
    expect(read('sf to LA 2 nights next fri, 2ppl, ~700').origin).toBe('San Francisco');
  });

  it('"mpls" and "chi" as people text them', () => {
    expect(read('mpls to denver 4 nights from feb 12, fam of 4, 3500').origin).toBe('Minneapolis');
    expect(read('chi -> nola 3 nights from Feb 5, 4 of us 2k total').origin).toBe('Chicago');
  });

  it('an everyday word that is also a code stays a word', () => {
    expect(read('a week by the sea to relax, from Boston to Miami, from Mar 3').origin).toBe('Boston');
  });
});

describe('a city typed in lower case beside capitalised ones', () => {
  it('is still the place "to" joins it to (phones capitalise only the first word)', () => {
    const nyc = read('Nyc to miami fri-mon, me + gf, ~1500');
    expect([nyc.origin, nyc.destination]).toEqual(['New York', { kind: 'city', city: 'Miami' }]);
    expect(read('Chicago to new orleans 3 nights from feb 5').destination).toEqual({
      kind: 'city',
      city: 'New Orleans',
    });
    expect(read('Flying from Denver to boston march 3-7, 2 ppl').destination).toEqual({
      kind: 'city',
      city: 'Boston',
    });
  });

  it('a lower-case word after "to" with no place before it stays a word', () => {
    expect(read('Boston to Denver, Mar 3-7, we like to nice and slow').destination).toEqual({
      kind: 'city',
      city: 'Denver',
    });
  });
});

describe('numeric dates in the order of where the trip starts', () => {
  it('"5/3" from Madrid, Melbourne or Singapore is the 5th of March', () => {
    expect(read('Madrid to Lisbon 4 nights 5/3-9/3, 2 adults, 800 EUR').startDate).toBe('2027-03-05');
    expect(read('Melbourne to Perth 4 nights 6/3 to 10/3, 2 adults').startDate).toBe('2027-03-06');
    expect(read('Singapore to Bangkok 4 nights from 8/1, solo').startDate).toBe('2027-01-08');
  });

  it('from the US, Japan or Korea it stays month first, and a day over 12 settles it anywhere', () => {
    expect(read('Boston to Denver 4 nights from 8/1, solo').startDate).toBe('2027-08-01');
    expect(read('Seoul to Tokyo 4 nights from 3/2, 2 adults').startDate).toBe('2027-03-02');
    expect(read('London to Paris 4 nights from 5/22, solo').startDate).toBe('2027-05-22');
  });

  it('"23.04.-27.04.": day and month with dots, no year', () => {
    const draft = read('Frankfurt to Barcelona 23.04.-27.04., 2 adults, 900 €');
    expect([draft.startDate, draft.days]).toEqual(['2027-04-23', 5]);
  });
});

describe('parties as people dictate and text them', () => {
  it('a dictated list with no commas counts everyone in it', () => {
    expect(read('Austin to Nashville five nights from Apr 2 for me my sister and my mom').travellers).toBe(3);
    expect(read('Orlando to Atlanta Mar 3-9 me my husband and the two kids').travellers).toBe(4);
    expect(
      read('Phoenix to San Diego Jun 3-9 that is me my wife and our three kids and my mother in law')
        .travellers,
    ).toBe(6);
  });

  it('"my two buddies" are companions of the writer, not the whole party', () => {
    expect(read('Dallas to Austin Jan 8-10 for me and my two buddies').travellers).toBe(3);
  });

  it('"one of us is vegetarian" is no party of one', () => {
    expect(
      read('a trip for 3 from Kansas City to Chicago, Feb 19-21. One of us is vegetarian.').travellers,
    ).toBe(3);
  });

  it('"and a grandparent" is one more grown-up', () => {
    expect(read('Boston to Orlando, Feb 13-20, 2 adults 2 kids and a grandparent').travellers).toBe(5);
  });
});

describe('an hour limit on flights is no refusal of flying', () => {
  it('"we\'d rather not fly before 9am" keeps flights, leaving from 09:00', () => {
    const draft = read("LA to Denver, 3 nights, Feb 26, 2 ppl, $1,000, we'd rather not fly before 9am");
    expect(draft.constraints.excludedModes).toEqual([]);
    expect(draft.constraints.flightTimes.earliestDeparture).toBe('09:00');
  });

  it('"avoid early morning flights" is a wish about the hour', () => {
    const draft = read('Portland to Los Angeles, 4 nights from Jan 15, please avoid early morning flights');
    expect(draft.constraints.flightTimes.earliestDeparture).toBe('09:00');
  });

  it('"we do not fly" still refuses flying', () => {
    expect(read('Boston to Chicago Mar 3-8, we do not fly').constraints.excludedModes).toEqual(['flight']);
  });
});

describe('stays said in whole months', () => {
  it('"the whole of August" is the month, all 31 days', () => {
    const draft = read('the whole of August in Copenhagen from Chicago, just me, $9,000');
    expect([draft.startDate, draft.days]).toEqual(['2027-08-01', 31]);
  });

  it('"February through March" runs from the 1st of one to the last of the other', () => {
    const draft = read('Phoenix from Minneapolis, February through March, 2 retirees');
    expect([draft.startDate, draft.days]).toEqual(['2027-02-01', 59]);
  });

  it('"June through August" is too long to plan, and asked about', () => {
    const draft = read('the summer in Paris from Boston, June through August, just me');
    expect(draft.startDate).toBe('2027-06-01');
    expect(draft.problems.map((p) => p.field)).toContain('days');
  });
});

describe('written dates beside holidays and day names', () => {
  it('"June 28 - July 4" and "July 4 - July 8" are ranges of dates, not the Fourth of July', () => {
    const june = read('Dallas to San Diego, June 28 - July 4, 2 adults');
    expect([june.startDate, june.days]).toEqual(['2027-06-28', 7]);
    const july = read('Dallas to San Diego, July 4 - July 8, 2 adults');
    expect([july.startDate, july.days]).toEqual(['2027-07-04', 5]);
    expect(read('Dallas to San Diego for July 4th weekend, 2 adults').days).toBe(4);
  });

  it('"Fri Feb 26 to Mon Mar 1" names no place', () => {
    const { warnings } = readInSandbox('7 guys, Denver to Las Vegas, Fri Feb 26 to Mon Mar 1');
    expect(warnings.join(' ')).not.toContain('Mon Mar');
  });
});

describe('words read as the writer meant them', () => {
  it('the British "fancy a week in Lisbon" wants a trip, not luxury', () => {
    const draft = read('we are in Manchester, fancy a week in Lisbon over half term, 2 adults 2 kids');
    expect(draft.preferences.comfort).not.toBe('luxury');
    expect(read('London to Paris 3 nights from Mar 3, fancy hotels please').preferences.comfort).toBe(
      'luxury',
    );
  });

  it('"$1,000 per couple" for two couples is $2,000', () => {
    expect(read('two couples from Boston to Nashville Jun 14-18, $1,000 per couple').budget?.amount).toBe(
      2000,
    );
  });

  it('"nxt wk" is next week', () => {
    expect(read('philly to dc 2 days nxt wk 2 ppl 800').startDate).toBe('2026-12-14');
  });
});

describe('places and days as texters and parents name them', () => {
  it('Disney World is planned from Orlando, and needs no word when Orlando is named', () => {
    expect(read('take the kids to Disney World from Chicago, Mar 3-8, 2 adults 2 kids').destination).toEqual({
      kind: 'city',
      city: 'Orlando',
    });
    const { warnings } = readInSandbox('Chicago to Orlando for Disney World, Mar 3-8, 2 adults 2 kids');
    expect(warnings.join(' ')).not.toContain('Disney');
  });

  it('"houston 2 dallas": a 2 between two places is "to"', () => {
    const draft = read('houston 2 dallas this sat day trip');
    expect([draft.origin, draft.destination]).toEqual(['Houston', { kind: 'city', city: 'Dallas' }]);
    expect(read('houston to dallas jan 8-10 me 2 kids').origin).toBe('Houston');
  });

  it('a short day name ending the request is that day', () => {
    const draft = read('chicago to milwaukee for the day sat');
    expect([draft.startDate, draft.days]).toEqual(['2026-12-12', 1]);
    expect(read('Chicago to Milwaukee, 2 nights from Jan 8, where we sat').startDate).toBe('2027-01-08');
  });
});

describe('where the writer is, and what the plan cannot hold', () => {
  it('"I\'m a student in Boston and want to visit New York" starts in Boston', () => {
    const draft = read(
      "I'm a student in Boston and want to visit New York for 2 nights this weekend, max $300",
    );
    expect([draft.origin, draft.destination]).toEqual(['Boston', { kind: 'city', city: 'New York' }]);
  });

  it('a cap on hours of driving is named back, not dropped', () => {
    const { warnings } = readInSandbox(
      'Denver to Durango 3 nights, Jun 14, 4 ppl, no more than 4 hours driving a day',
    );
    expect(warnings.join(' ')).toContain('limit on hours of driving');
  });
});

describe('a couple texted bare, and the week of a holiday', () => {
  it('"2/12-2/16 couple valentines" is two people', () => {
    expect(read('mia to nyc 2/12-2/16 couple valentines ~2500').travellers).toBe(2);
    expect(read('Boston to Denver, 3 nights from Mar 3, couple of friends and me').travellers).not.toBe(2);
  });

  it('"the week of Christmas 2027" is the seven days around it', () => {
    const draft = read('Orlando to New York the week of Christmas 2027, family of 5');
    expect([draft.startDate, draft.days]).toEqual(['2027-12-22', 7]);
  });
});
