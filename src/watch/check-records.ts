import type { Plan } from '../../tools/domain/plan.schema.js';
import { combineUsage, priceUsage } from '../../tools/domain/usage.js';
import type { ModelPrices, TripUsage } from '../../tools/domain/usage.schema.js';
import { diffPlans } from '../../tools/planning/plan-diff.js';
import type { Finding, Recheck } from '../../tools/planning/repair/repair.types.js';
import type { RepairOutcome } from '../planner/run-repair-graph.js';
import type { PlanVersionStore } from '../trips/plan-versions.js';
import type { TripRecord } from '../trips/trip.schema.js';
import type { TripEvents } from '../trips/trip-events.js';
import type { TripStore } from '../trips/trip-store.js';
import type { WatchCheck, WatchState } from './watch.schema.js';

/** A completed trip with a plan and an active watch: what a re-check works on. */
export type WatchedTrip = TripRecord & { plan: Plan; watch: WatchState };

export function isWatched(trip: TripRecord): trip is WatchedTrip {
  return trip.status === 'completed' && trip.plan !== null && trip.watch?.status === 'active';
}

interface RecordDeps {
  store: TripStore;
  events: TripEvents;
}

type Checked = Exclude<RepairOutcome, { status: 'agent_failed' }>;

function checkSummary(outcome: Checked): string {
  const { findings, cost } = outcome.recheck;
  if (outcome.status === 'needs_attention') return outcome.failure.message;
  // A rise past the threshold with nothing better in reach: the plan holds, and says what it kept.
  const kept = outcome.recheck.resolution?.kept ?? [];
  if (kept.length > 0) return kept.join('; ');
  if (findings.length === 0) return 'nothing changed';
  const moved = cost.changePct === null ? '' : `; total ${cost.changePct >= 0 ? '+' : ''}${cost.changePct}%`;
  return `${findings.length} small change${findings.length === 1 ? '' : 's'}, within thresholds${moved}`;
}

/** `keptPrices` replaces the kept quotes when given ({} after a new version); else they stay. */
function nextWatch(
  watch: WatchState,
  check: WatchCheck,
  weather: Record<string, number>,
  keptPrices?: Record<string, number>,
): WatchState {
  const kept = keptPrices ?? watch.keptPrices;
  return {
    ...watch,
    checks: watch.checks + 1,
    lastCheck: check,
    weatherBaseline: weather,
    ...(kept ? { keptPrices: kept } : {}),
  };
}

/** The repaired plan as a version: models and usage of the repair, priced when possible. */
export function repairedPlan(
  base: Plan,
  outcome: Extract<RepairOutcome, { status: 'repaired' }>,
  usage: TripUsage,
  prices: ModelPrices | undefined,
): Plan {
  return {
    ...outcome.plan,
    request: base.request,
    models: { ...base.models, ...outcome.plan.models },
    usage: priceUsage(usage, prices),
  };
}

/** The kept quotes after a check that made no version: this check's added to the earlier ones. */
function keptAfter(watch: WatchState, outcome: Exclude<Checked, { status: 'repaired' }>) {
  const kept = outcome.recheck.resolution?.keptPrices ?? {};
  return Object.keys(kept).length === 0 ? undefined : { ...watch.keptPrices, ...kept };
}

/**
 * Records a check that made no new version (nothing worth it, or no valid repair) on the trip,
 * only while the trip is still on the version the check looked at. Returns the trip it wrote.
 */
export async function recordCheck(
  deps: RecordDeps,
  trip: TripRecord,
  outcome: Exclude<Checked, { status: 'repaired' }>,
): Promise<TripRecord | null> {
  const at = new Date().toISOString();
  const base = trip.planVersion;
  const check: WatchCheck = { at, outcome: outcome.status, summary: checkSummary(outcome), version: base };
  const { applied, trip: written } = await deps.store.transition(
    trip.id,
    ['completed'],
    (current) => ({
      watch:
        current.watch &&
        nextWatch(current.watch, check, outcome.recheck.weatherNow, keptAfter(current.watch, outcome)),
      attention:
        outcome.status === 'needs_attention'
          ? current.attention?.version === base
            ? current.attention
            : { since: at, version: base, message: outcome.failure.message, reasons: outcome.failure.reasons }
          : null,
    }),
    (current) => current.planVersion === base && current.watch?.status === 'active',
  );
  if (!applied || !written) return null;
  await deps.events.append(trip.id, {
    type: 'watch',
    message: `check of version ${base}: ${check.outcome} — ${check.summary}`,
  });
  return written;
}

/**
 * Why a repair made a new version: what broke first (gone, retimed, weather), then what got
 * dearer, up to three, for people; then every downgrade the repair could not avoid ("no
 * comparable stay was left …"), never cut.
 */
export function versionReason(recheck: Recheck): string {
  const { findings } = recheck;
  const isPrice = (f: Finding) => f.kind === 'leg-price' || f.kind === 'stay-price';
  const broke = [...findings.filter((f) => !isPrice(f)), ...findings.filter(isPrice)]
    .slice(0, 3)
    .map((f) => f.message);
  const reason = [...broke, ...(recheck.resolution?.downgrades ?? [])].join('; ');
  return reason || 'prices moved';
}

/** The one sentence of a repair: the diff, with the version's reason after its first change. */
export function repairSentence(before: Plan, after: Plan, recheck: Recheck): string {
  return diffPlans(before, after, { reason: versionReason(recheck) }).sentence;
}

/** Moves the trip to a version this check claimed; returns it with the diff's sentence. */
export async function recordRepair(
  deps: RecordDeps,
  trip: WatchedTrip,
  plan: Plan,
  version: number,
  outcome: Extract<RepairOutcome, { status: 'repaired' }>,
): Promise<{ trip: TripRecord; sentence: string } | null> {
  const at = new Date().toISOString();
  const sentence = repairSentence(trip.plan, plan, outcome.recheck);
  const check: WatchCheck = { at, outcome: 'replanned', summary: sentence, version };
  const { applied, trip: written } = await deps.store.transition(
    trip.id,
    ['completed'],
    (current) => ({
      plan,
      planVersion: version,
      attention: null,
      usage: current.usage && plan.usage ? combineUsage(current.usage, plan.usage) : current.usage,
      watch: current.watch && nextWatch(current.watch, check, outcome.recheck.weatherNow, {}),
    }),
    (current) => current.planVersion === version - 1,
  );
  if (!applied || !written) return null;
  await deps.events.append(trip.id, {
    type: 'watch',
    message: `replanned to version ${version}: ${sentence}`,
  });
  return { trip: written, sentence };
}

/**
 * The trip record follows the version store: if a worker died after claiming version N+1 but
 * before moving the trip, the next check moves it first (the versions are the source of truth).
 */
export async function syncToLatestVersion(
  store: TripStore,
  versions: PlanVersionStore,
  trip: WatchedTrip,
): Promise<WatchedTrip> {
  // One HGET on every check; the latest plan is only read in the rare case it is ahead.
  const current = await versions.currentVersion(trip.id);
  if (current === null || current <= trip.planVersion) return trip;
  const latest = await versions.latest(trip.id);
  if (!latest || latest.version <= trip.planVersion) return trip;
  const { trip: synced } = await store.transition(
    trip.id,
    ['completed'],
    { plan: latest.plan, planVersion: latest.version, attention: null },
    (current) => current.planVersion < latest.version,
  );
  return synced && isWatched(synced) ? synced : trip;
}
