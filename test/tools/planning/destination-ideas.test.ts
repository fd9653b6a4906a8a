import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../../tools/domain/geo.js';
import { destinationIdeas, type IdeaRequest } from '../../../tools/planning/destination-ideas.js';
import { destinationWishes } from '../../../tools/planning/destination-wishes.js';
import { matchesInterest } from '../../../tools/planning/sight-interests.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';

const world = createSandboxWorld({ seed: 1 });

function request(text: string, interests: string[], rest: Partial<IdeaRequest>): IdeaRequest {
  return {
    origin: 'Chicago',
    startDate: '2027-02-01',
    days: 7,
    travellers: 2,
    budgetUsd: null,
    ...rest,
    wishes: destinationWishes(text, interests),
  };
}

function km(from: string, to: string): number {
  const a = world.resolveCity(from)?.location;
  const b = world.resolveCity(to)?.location;
  if (!a || !b) throw new Error(`no location for ${from} or ${to}`);
  return greatCircleKm(a, b);
}

describe('what a request without a destination wishes for', () => {
  it('reads a climate from everyday words, and a beach holiday as a warm one', () => {
    const climate = (text: string, interests: string[] = []) => destinationWishes(text, interests).climate;
    expect(climate('somewhere warm in February')).toBe('warm');
    expect(climate('need some winter sun')).toBe('warm');
    expect(climate('anywhere tropical')).toBe('warm');
    expect(climate('a beach week', ['beaches'])).toBe('warm');
    expect(climate('escape the heat in August')).toBe('mild');
    expect(climate('somewhere not too hot, with beaches', ['beaches'])).toBe('mild');
    expect(climate('a city break with museums', ['museums'])).toBeNull();
    expect(climate('Warm regards, Tom')).toBeNull();
  });

  it('reads a wish to drive, and an open mind', () => {
    const wishes = (text: string) => destinationWishes(text, []);
    expect(wishes('somewhere within driving distance').byRoad).toBe(true);
    expect(wishes('a road trip, 4 days').byRoad).toBe(true);
    expect(wishes('a place we can drive to').byRoad).toBe(true);
    expect(wishes('a city break').byRoad).toBe(false);
    expect(wishes('quick getaway next weekend').open).toBe(true);
    expect(wishes('surprise us!').open).toBe(true);
    expect(wishes('a week away').open).toBe(false);
  });
});

describe('destination ideas', () => {
  it('suggests warm beach places in February from Chicago, each with its weather, beaches and way there', async () => {
    const ideas = await destinationIdeas(world, request('somewhere warm with beaches', ['beaches'], {}));
    expect(ideas.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ideas.map((i) => i.region)).size).toBe(ideas.length);
    for (const idea of ideas) {
      expect(idea.city).not.toBe('Chicago');
      const outlook = await world.weather({ city: idea.city, date: '2027-02-01' });
      expect(outlook?.highC).toBeGreaterThanOrEqual(19);
      const beaches = (await world.searchSights({ city: idea.city })).filter((s) =>
        matchesInterest(s, 'beaches'),
      );
      expect(beaches.length).toBeGreaterThanOrEqual(2);
      expect(idea.why).toMatch(
        new RegExp(
          `^about \\d+\u00b0C in early February, ${beaches.length} beaches, \\d+ h( \\d\\d)? by direct flight from Chicago$`,
        ),
      );
    }
  });

  it('keeps a short trip close to home and drives when the drive is short', async () => {
    const ideas = await destinationIdeas(
      world,
      request('a beach weekend', ['beaches'], { origin: 'Los Angeles', startDate: '2027-05-14', days: 3 }),
    );
    expect(ideas.length).toBeGreaterThan(0);
    for (const idea of ideas) expect(km('Los Angeles', idea.city)).toBeLessThanOrEqual(1500);
    expect(ideas.find((i) => i.city === 'San Diego')?.why).toMatch(/, 2 h \d\d by road from Los Angeles$/);
  });

  it('leaves out places whose return fares alone would take most of the budget', async () => {
    const ask = (budgetUsd: number | null) =>
      destinationIdeas(
        world,
        request('somewhere warm', [], { origin: 'London', startDate: '2027-01-15', days: 5, budgetUsd }),
      );
    const roomy = await ask(null);
    expect(roomy.map((i) => i.city)).toContain('Cairo');
    const tight = await ask(2500);
    for (const idea of tight) {
      const fares = await world.searchFlights({
        from: 'London',
        to: idea.city,
        date: '2027-01-15',
        travellers: 2,
      });
      expect(Math.min(...fares.map((f) => f.price)) * 2 * 2).toBeLessThanOrEqual(0.6 * 2500);
    }
    expect(tight.map((i) => i.city)).not.toContain('Cairo');
  });

  it('suggests places within a drive of home for a getaway by road, each with its drive', async () => {
    const ideas = await destinationIdeas(
      world,
      request('quick getaway somewhere within driving distance', [], {
        origin: 'Atlanta',
        startDate: '2026-12-11',
        days: 3,
        budgetUsd: 800,
      }),
    );
    expect(ideas.length).toBeGreaterThanOrEqual(2);
    for (const idea of ideas) {
      const road = await world.groundRoute({ from: 'Atlanta', to: idea.city, mode: 'self-driving' });
      expect(road?.durationMinutes).toBeLessThanOrEqual(5 * 60);
      expect(idea.why).toMatch(/^\d+ sights, \d+ h( \d\d)? by road from Atlanta$/);
    }
    // Without a known home a drive cannot be judged.
    expect(
      await destinationIdeas(world, request('somewhere within driving distance', [], { origin: null })),
    ).toEqual([]);
  });

  it('suggests nothing it could not say why for: no wish, a climate without dates, a world without weather', async () => {
    expect(await destinationIdeas(world, request('a week away', [], {}))).toEqual([]);
    expect(await destinationIdeas(world, request('somewhere warm', [], { startDate: null }))).toEqual([]);
    const noWeather: WorldProvider = { ...world, weather: async () => undefined };
    expect(await destinationIdeas(noWeather, request('somewhere warm', [], {}))).toEqual([]);
  });

  it('finds cities for an interest alone, without a date', async () => {
    const ideas = await destinationIdeas(
      world,
      request('a city break with great museums', ['museums'], { origin: 'Boston', startDate: null, days: 3 }),
    );
    expect(ideas.length).toBeGreaterThan(0);
    for (const idea of ideas) {
      expect(idea.why).toMatch(/^\d+ museums/);
      expect(km('Boston', idea.city)).toBeLessThanOrEqual(1500);
    }
  });
});
