import {
  CommonsenseCheckId,
  type CostBreakdown,
  HardCheckId,
  type PlanDraft,
  type ValidationCheck,
  type ValidationReport,
} from '../../domain/plan.schema.js';
import type { TripSpec } from '../../domain/trip-spec.schema.js';
import type { WorldProvider } from '../../providers/world-provider.js';
import { hasFlightTimes } from '../flight-times.js';
import type { Check, CheckContext } from './check-result.js';
import { checkAvoidedCuisines } from './checks/avoided-cuisines.js';
import { checkBudget } from './checks/budget.js';
import { checkComfort } from './checks/comfort.js';
import { checkCompleteInformation } from './checks/complete-information.js';
import { checkCuisine } from './checks/cuisine.js';
import { checkDietary } from './checks/dietary.js';
import { checkDiverseAttractions } from './checks/diverse-attractions.js';
import { checkDiverseRestaurants } from './checks/diverse-restaurants.js';
import { checkFlightTimes } from './checks/flight-times.js';
import { checkHouseRule } from './checks/house-rule.js';
import { checkMinimumNights } from './checks/minimum-nights.js';
import { checkNightlyPrice } from './checks/nightly-price.js';
import { checkNonConflictingTransport } from './checks/non-conflicting-transport.js';
import { checkPreferredModes } from './checks/preferred-modes.js';
import { checkReasonableRoute } from './checks/reasonable-route.js';
import { checkRoomType } from './checks/room-type.js';
import { checkTransportation } from './checks/transportation.js';
import { checkWithinCurrentCity } from './checks/within-current-city.js';
import { checkWithinSandbox } from './checks/within-sandbox.js';
import { listText } from './format.js';
import { collectWorldFacts } from './world-facts.js';

const COMMONSENSE_CHECKS: Record<CommonsenseCheckId, Check> = {
  'within-sandbox': checkWithinSandbox,
  'complete-information': checkCompleteInformation,
  'within-current-city': checkWithinCurrentCity,
  'reasonable-route': checkReasonableRoute,
  'diverse-restaurants': checkDiverseRestaurants,
  'diverse-attractions': checkDiverseAttractions,
  'non-conflicting-transport': checkNonConflictingTransport,
  'minimum-nights': checkMinimumNights,
};

const HARD_CHECKS: Record<HardCheckId, Check> = {
  budget: checkBudget,
  'room-type': checkRoomType,
  'house-rule': checkHouseRule,
  cuisine: checkCuisine,
  transportation: checkTransportation,
  dietary: checkDietary,
  comfort: checkComfort,
  'flight-times': checkFlightTimes,
  'preferred-modes': checkPreferredModes,
  'nightly-price': checkNightlyPrice,
  'avoided-cuisines': checkAvoidedCuisines,
};

/** Hard constraints count only when the plan is grounded in the data and complete (TravelPlanner's rule). */
const PREREQUISITES: readonly { id: CommonsenseCheckId; failure: string }[] = [
  { id: 'within-sandbox', failure: 'is not within the sandbox (within-sandbox failed)' },
  { id: 'complete-information', failure: 'is incomplete (complete-information failed)' },
];

/** The hard checks a request sets, in the enum's order: budget when given, plus each constraint set. */
export function applicableHardChecks(spec: TripSpec): HardCheckId[] {
  const { constraints } = spec;
  const applies: Record<HardCheckId, boolean> = {
    budget: spec.budget !== null,
    'room-type': constraints.roomType !== null,
    'house-rule': constraints.houseRules.length > 0,
    cuisine: constraints.cuisines.length > 0,
    transportation: constraints.excludedModes.length > 0,
    dietary: constraints.dietary.length > 0,
    comfort: spec.preferences.comfort !== null,
    'flight-times': hasFlightTimes(constraints.flightTimes),
    'preferred-modes': spec.preferences.preferredModes.length > 0,
    'nightly-price': constraints.maxPricePerNight !== null,
    'avoided-cuisines': constraints.avoidedCuisines.length > 0,
  };
  return HardCheckId.options.filter((id) => applies[id]);
}

/**
 * Checks a draft against every commonsense constraint and the hard constraints its request
 * sets. Deterministic: the world is asked once per distinct question, then every check is a
 * pure function of the draft and those answers. Pass a full `Plan` to also check its stated cost.
 */
export async function validatePlan(
  draft: PlanDraft & { cost?: CostBreakdown },
  world: WorldProvider,
): Promise<ValidationReport> {
  const facts = await collectWorldFacts(draft, world);
  const context: CheckContext = { draft, facts, recordedCost: draft.cost };

  const commonsense: ValidationCheck[] = CommonsenseCheckId.options.map((id) => ({
    kind: 'commonsense',
    id,
    ...COMMONSENSE_CHECKS[id](context),
  }));
  const blocking = PREREQUISITES.filter(({ id }) => commonsense.some((c) => c.id === id && !c.passed));
  const gate =
    blocking.length > 0
      ? `not checked because the plan ${listText(blocking.map((b) => b.failure))}; hard constraints count as failed until that is fixed`
      : undefined;

  const hard: ValidationCheck[] = applicableHardChecks(draft.spec).map((id) => {
    const result = HARD_CHECKS[id](context);
    return gate === undefined
      ? { kind: 'hard', id, ...result }
      : { kind: 'hard', id, passed: false, problems: [gate, ...result.problems] };
  });

  const checks = [...commonsense, ...hard];
  return { passed: checks.every((c) => c.passed), checks };
}
