import { describe, expect, it } from 'vitest';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const DATE = '2027-07-05';

/** The fastest train of the day between two cities, in minutes. */
async function fastest(from: string, to: string): Promise<number> {
  const trains = await world.searchTrains({ from, to, date: DATE });
  expect(trains.length, `${from} → ${to}`).toBeGreaterThan(0);
  return Math.min(...trains.map((t) => t.durationMinutes));
}

describe('sandbox trains run at the pace of their countries’ lines', () => {
  it('takes the timetables’ hours on conventional lines, within about half an hour', async () => {
    // Stockholm → Oslo 5 h 50, Copenhagen → Stockholm 5 h 15, Vienna → Budapest 2 h 40,
    // Vienna → Prague 4 h, Lisbon → Porto 2 h 50, London → Edinburgh 4 h 20.
    expect(await fastest('Stockholm', 'Oslo')).toBeGreaterThanOrEqual(5 * 60);
    expect(await fastest('Copenhagen', 'Stockholm')).toBeGreaterThanOrEqual(4 * 60 + 45);
    expect(await fastest('Vienna', 'Budapest')).toBeGreaterThanOrEqual(2 * 60 + 10);
    expect(await fastest('Vienna', 'Prague')).toBeGreaterThanOrEqual(3 * 60 + 30);
    expect(await fastest('Lisbon', 'Porto')).toBeGreaterThanOrEqual(2 * 60 + 20);
    expect(await fastest('London', 'Edinburgh')).toBeGreaterThanOrEqual(3 * 60 + 50);
  });

  it('keeps high-speed lines and the Channel tunnel fast', async () => {
    // Paris → Lyon 2 h, Rome → Florence 1 h 32, London → Paris 2 h 16 by Eurostar.
    expect(await fastest('Paris', 'Lyon')).toBeLessThanOrEqual(2 * 60 + 45);
    expect(await fastest('Rome', 'Florence')).toBeLessThanOrEqual(2 * 60);
    expect(await fastest('London', 'Paris')).toBeLessThanOrEqual(2 * 60 + 45);
  });
});
