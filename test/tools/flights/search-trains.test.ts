import { describe, expect, it } from 'vitest';
import { readToolError } from '../../../tools/define-tool.js';
import { createSearchTrainsTool, SearchTrainsOutput } from '../../../tools/flights/search-trains.tool.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

describe('search_trains', () => {
  const tool = createSearchTrainsTool({ world: createSandboxWorld({ seed: 1 }) });

  it('lists the day’s trains between canonical cities, whatever the spelling', async () => {
    const content = String(await tool.invoke({ from: 'tokyo', to: 'KYOTO', date: '2027-05-12' }));
    expect(readToolError(content)).toBeUndefined();
    const { trains } = SearchTrainsOutput.parse(JSON.parse(content));
    expect(trains.length).toBeGreaterThan(3);
    for (const t of trains)
      expect([t.from, t.to, t.date, t.operator]).toEqual([
        'Tokyo',
        'Kyoto',
        '2027-05-12',
        'JR Central Nozomi',
      ]);
  });

  it('answers an unknown city with an error the model can act on', async () => {
    const content = String(await tool.invoke({ from: 'Atlantis', to: 'Kyoto', date: '2027-05-12' }));
    expect(readToolError(content)).toMatch(/Atlantis/);
  });
});
