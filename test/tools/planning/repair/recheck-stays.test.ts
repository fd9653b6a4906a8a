import { describe, expect, it } from 'vitest';
import type { Stay } from '../../../../tools/domain/inventory.schema.js';
import { recheckPlan } from '../../../../tools/planning/repair/recheck-plan.js';
import { createSandboxWorld } from '../../../../tools/providers/sandbox/sandbox-world.js';
import type { StayQuery } from '../../../../tools/providers/world/world-kinds.js';
import type { WorldProvider } from '../../../../tools/providers/world-provider.js';
import { samplePlan } from '../../../support/plans.js';

const THRESHOLDS = { priceChangePct: 10, weather: false };

/** The sample plan's legs as they were; its stays as `requoteStay` says, every call kept. */
function stayWorld(requoteStay: (stay: Stay) => Stay | undefined) {
  const plan = samplePlan();
  const asked: Array<[string, StayQuery]> = [];
  const world: WorldProvider = {
    ...createSandboxWorld(),
    requoteFlight: async (flight) => flight,
    groundRoute: async (q) => {
      const found = plan.legs.find((l) => l.from === q.from && l.to === q.to && l.mode === q.mode);
      return found && found.mode !== 'flight' && found.mode !== 'rail' ? found.route : undefined;
    },
    searchStays: async () => {
      throw new Error('a stay is re-quoted, not searched for by the recheck');
    },
    requoteStay: async (stay, query) => {
      asked.push([stay.name, query]);
      return requoteStay(stay);
    },
    weather: async () => undefined,
  };
  return { plan, world, asked };
}

describe('recheckPlan re-quotes stays through the world', () => {
  it('asks for each booking with its own nights and the party; unchanged stays are no finding', async () => {
    const { plan, world, asked } = stayWorld((s) => s);
    const recheck = await recheckPlan(world, plan, THRESHOLDS);
    expect(asked).toEqual([
      ['Cozy loft in LoDo', { city: 'Denver', checkIn: '2027-05-10', checkOut: '2027-05-12', travellers: 2 }],
      ['Flatirons cabin', { city: 'Boulder', checkIn: '2027-05-12', checkOut: '2027-05-14', travellers: 2 }],
    ]);
    expect(recheck.findings).toEqual([]);
  });

  it('a dearer re-quote is a stay-price finding; a gone one is sold out', async () => {
    const { plan, world } = stayWorld((s) =>
      s.name === 'Cozy loft in LoDo' ? { ...s, pricePerNight: s.pricePerNight * 1.5 } : undefined,
    );
    const recheck = await recheckPlan(world, plan, THRESHOLDS);
    expect(recheck.findings.map((f) => [f.kind, 'changePct' in f ? f.changePct : null])).toEqual([
      ['stay-price', 50],
      ['stay-gone', null],
    ]);
    expect(recheck.scope.stays).toEqual([0, 1]);
  });
});
