import type { Plan, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import { legNumber } from '../leg-times.js';
import type { TripSelection } from '../planning.types.js';
import { legDowngrade, stayDowngrade } from './comparable.js';
import { legKey, stayKey } from './kept-prices.js';
import type { Finding, Recheck, RepairResolution } from './repair.types.js';

function sameLeg(a: TransportLeg, b: TransportLeg): boolean {
  return a.mode === b.mode && legNumber(a) === legNumber(b);
}

function sameStay(a: StayBooking, b: StayBooking): boolean {
  return a.stay.name === b.stay.name;
}

function signed(pct: number): string {
  return `${pct > 0 ? '+' : ''}${pct}%`;
}

function legName(leg: TransportLeg): string {
  const number = legNumber(leg);
  const kind = leg.mode === 'rail' ? 'train' : leg.mode;
  return `${kind}${number ? ` ${number}` : ''} ${leg.from} → ${leg.to}`;
}

function priceFinding(findings: readonly Finding[], kind: 'leg-price' | 'stay-price', index: number) {
  return findings.find((f) => f.kind === kind && f.index === index) as
    | Extract<Finding, { kind: 'leg-price' | 'stay-price' }>
    | undefined;
}

/**
 * What the chosen repair kept and gave up, against the plan and today's quotes; and whether it
 * changed no leg and no stay at all (then a still-valid plan only needs a check record).
 */
export function resolveRepair(
  plan: Plan,
  recheck: Recheck,
  selection: TripSelection,
  widened: boolean,
): { resolution: RepairResolution; unchanged: boolean } {
  const kept: string[] = [];
  const keptPrices: Record<string, number> = {};
  const downgrades: string[] = [];
  const coupled = new Set(recheck.scope.coupledLegs ?? []);
  let unchanged = true;
  plan.legs.forEach((before, i) => {
    const now = recheck.legs[i] ?? null;
    const after = selection.legs[i];
    if (!after) return;
    if (now && sameLeg(now, after)) {
      const rise = priceFinding(recheck.findings, 'leg-price', i);
      if (recheck.scope.legs.includes(i) && rise && rise.changePct > 0) {
        kept.push(`${legName(before)} fare ${signed(rise.changePct)}, kept: no cheaper valid option`);
        keptPrices[legKey(before)] = now.cost;
      }
      return;
    }
    unchanged = false;
    if (coupled.has(i) && after.mode !== before.mode) {
      downgrades.push(
        `${legName(before)} also moved to ${after.mode}, as the trip cannot mix it with the other legs`,
      );
      return;
    }
    const note = legDowngrade(before, after);
    if (note) downgrades.push(note);
  });
  plan.stays.forEach((before, i) => {
    const now = recheck.stays[i] ?? null;
    const after = selection.stays[i];
    if (!after) return;
    if (now && sameStay(now, after)) {
      const rise = priceFinding(recheck.findings, 'stay-price', i);
      if (recheck.scope.stays.includes(i) && rise && rise.changePct > 0) {
        kept.push(
          `${before.stay.name} in ${before.city} price ${signed(rise.changePct)}, kept: no cheaper valid option`,
        );
        keptPrices[stayKey(before)] = now.cost;
      }
      return;
    }
    unchanged = false;
    const note = stayDowngrade(before.stay, after.stay);
    if (note) downgrades.push(note);
  });
  return { resolution: { kept, downgrades, widened, keptPrices }, unchanged };
}

/**
 * The recheck once a repair kept every dearer item: nothing left to re-shop, so the check ends
 * with a record instead of a version. A total that fell past the threshold still earns one.
 */
export function keptRecheck(recheck: Recheck, resolution: RepairResolution): Recheck {
  const fell = recheck.cost.changePct !== null && recheck.cost.changePct < 0;
  return {
    ...recheck,
    resolution,
    scope: { ...recheck.scope, legs: [], stays: [], coupledLegs: [], reprice: recheck.scope.reprice && fell },
  };
}
