import type { Plan } from '../../tools/domain/plan.schema.js';
import { formatClock, isRoadLeg } from '../../tools/planning/leg-times.js';
import { travelDayTimes } from '../../tools/planning/meal-slots.js';
import { formatMoney } from '../../tools/planning/money.js';
import { describeLeg } from './render-leg.js';
import { describeAttributions, describeFlightSource, describeStaySource } from './render-provenance.js';

/** Model costs are fractions of a cent per call: shown to 4 decimals, not rounded to cents. */
function formatUsd(amount: number): string {
  return `$${amount.toFixed(4)}`;
}

/** The plan as a person reads it: the route, each day, the money, and the checks. */
export function renderPlan(plan: Plan): string {
  const { cost } = plan;
  const money = (n: number) => formatMoney(n, cost.currency);
  const lines: string[] = [plan.summary, ''];
  // What the request was understood as, in full: a person checks the reading before the plan.
  for (const note of plan.spec.notes) lines.push(`Understood: ${note}`);
  for (const warning of plan.spec.warnings) lines.push(`Warning: ${warning}`);
  if (plan.spec.notes.length + plan.spec.warnings.length > 0) lines.push('');
  for (const day of plan.days) {
    const where = day.fromCity ? `${day.fromCity} → ${day.city}` : day.city;
    lines.push(`Day ${day.day} · ${day.date} · ${where}`);
    for (const leg of plan.legs.filter((l) => l.day === day.day)) {
      lines.push(`  travel     ${describeLeg(leg, cost.currency, roadDeparture(plan, leg, day.date))}`);
      const source =
        leg.mode === 'flight' && describeFlightSource(leg.flight, plan.spec.travellers, cost.currency);
      if (source) lines.push(`             ${source}`);
    }
    for (const meal of ['breakfast', 'lunch', 'dinner'] as const) {
      const r = day[meal];
      if (r)
        lines.push(`  ${meal.padEnd(10)} ${r.name} (${r.cuisines.join(', ')}; ${money(r.averageCost)} pp)`);
    }
    if (day.sights.length > 0) lines.push(`  sights     ${day.sights.map((s) => s.name).join(' · ')}`);
    const booking = plan.stays.find((b) => b.stay.name === day.accommodation);
    if (booking) {
      const s = booking.stay;
      lines.push(
        `  stay       ${s.name} (${s.roomType}, ★${s.rating}, ${money(s.pricePerNight)}/night × ${booking.rooms} room${booking.rooms === 1 ? '' : 's'})`,
      );
      const source = describeStaySource(s, cost.currency);
      if (source) lines.push(`             ${source}`);
    }
    for (const note of day.notes) lines.push(`  note       ${note}`);
  }
  lines.push('');
  lines.push(
    `Cost: transport ${money(cost.transport)} + stays ${money(cost.accommodation)} + meals ${money(cost.meals)} = ${money(cost.total)}` +
      (cost.budget === null ? '' : ` (budget ${money(cost.budget)})`),
  );
  const stated = cost.asStated;
  if (stated) {
    const inStated = (amount: number) => formatMoney(amount, stated.currency);
    lines.push(
      `      in ${stated.currency}: ${inStated(stated.total)} of a ${inStated(stated.budget)} budget (1 ${stated.currency} = ${Number(stated.rate.toPrecision(3))} ${cost.currency})`,
    );
  }
  const checks = plan.validation.checks.map((c) => `${c.passed ? '✓' : '✗'} ${c.id}`).join('  ');
  lines.push(`Checks: ${checks}`);
  for (const c of plan.validation.checks.filter((check) => !check.passed)) {
    for (const problem of c.problems) lines.push(`  ✗ ${problem}`);
  }
  for (const { wish, reason } of plan.notHonoured) lines.push(`Not honoured: ${wish}: ${reason}`);
  const models = [...new Set(Object.values(plan.models))].join(', ');
  lines.push(...describeAttributions(plan));
  lines.push(`Model: ${models} · world: ${plan.provider}`);
  if (plan.usage) {
    const { calls, inputTokens, outputTokens, cost } = plan.usage.total;
    const usd = cost === null ? '' : ` · ${formatUsd(cost)}`;
    lines.push(
      `Usage: ${calls} model call${calls === 1 ? '' : 's'} · ${inputTokens} input + ${outputTokens} output tokens${usd}`,
    );
  }
  return lines.join('\n');
}

/** When a road leg leaves, as the plan's day was planned around it (the drive home after lunch). */
function roadDeparture(plan: Plan, leg: Plan['legs'][number], date: string): string | undefined {
  if (!isRoadLeg(leg)) return undefined;
  const hop = { from: leg.from, to: leg.to, day: leg.day, date };
  return formatClock(travelDayTimes(plan.spec, hop, leg).departure);
}
