import { describe, expect, it } from 'vitest';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const drive = async (from: string, to: string) => {
  const route = await world.groundRoute({ from, to, mode: 'self-driving' });
  if (!route) throw new Error(`the sandbox has a road from ${from} to ${to}`);
  return route;
};

describe('sandbox roads across Europe’s straits', () => {
  it('drives London → Paris through the Channel shuttle: its hour and a quarter and its fare', async () => {
    const london = await drive('London', 'Paris');
    // The road itself: about 4 h and $40 of fuel; the shuttle adds 75 minutes and about $180.
    expect(london.durationMinutes).toBeGreaterThanOrEqual(5 * 60);
    expect(london.cost).toBeGreaterThanOrEqual(200);
    // Same in both directions.
    expect(await drive('Paris', 'London')).toMatchObject({
      durationMinutes: london.durationMinutes,
      distanceKm: london.distanceKm,
    });
  });

  it('pays the Fehmarn Belt ferry and the Øresund toll on the way to Scandinavia, and nothing on the mainland', async () => {
    const copenhagen = await drive('Berlin', 'Copenhagen');
    const stockholm = await drive('Copenhagen', 'Stockholm');
    const oslo = await drive('Oslo', 'Berlin');
    expect(copenhagen.cost).toBeGreaterThanOrEqual(110);
    expect(stockholm.cost).toBeGreaterThanOrEqual(60);
    expect(oslo.cost).toBeGreaterThanOrEqual(170);
    // Paris → Lyon crosses no water: fuel only.
    expect((await drive('Paris', 'Lyon')).cost).toBeLessThan(60);
    expect((await drive('Stockholm', 'Oslo')).cost).toBeLessThan(60);
  });
});
