import type { Plan } from '../../tools/domain/plan.schema.js';
import { EXIT, type ExitCode } from './cli-error.js';
import { renderPlan } from './render-plan.js';

/** A question as the embedded graph and the API ask it. */
export interface QuestionView {
  question: string;
  missing: readonly string[];
  problems?: readonly { field: string; message: string }[];
  notes?: readonly string[];
  warnings?: readonly string[];
  /** Destinations that fit a request naming none, each with why. */
  ideas?: readonly { city: string; region: string; country: string; why: string }[];
}

/** How a plan command ended: a plan, or what stopped it (exactly one of these is reported). */
export type PlanReport =
  | { exitCode: typeof EXIT.ok; plan: Plan }
  | {
      exitCode: Exclude<ExitCode, typeof EXIT.ok>;
      /** The one line a person reads. */
      error: string;
      question?: QuestionView;
      /** Why the trip cannot be planned (exit 3), and the particulars beyond it. */
      reason?: string;
      reasons?: string[];
      problems?: readonly { field: string; message: string }[];
      /** The best plan found when it still breaks some rules (exit 3). */
      plan?: Plan | null;
      tripId?: string;
    };

export type PlanErrorReport = Extract<PlanReport, { error: string }>;

export interface ReportOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** "(missing: origin, days; to check: travellers)" */
function describeAsked(question: QuestionView): string {
  const parts: string[] = [];
  if (question.missing.length > 0) parts.push(`missing: ${question.missing.join(', ')}`);
  const checks = (question.problems ?? []).map((p) => p.field).filter((f) => !question.missing.includes(f));
  if (checks.length > 0) parts.push(`to check: ${checks.join(', ')}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** The "Cannot plan yet: …" line of a question, with what was understood after it. */
export function needsInputReport(question: QuestionView, tripId?: string): PlanErrorReport {
  const where = tripId ? ` (trip ${tripId})` : '';
  return {
    exitCode: EXIT.needsInput,
    error: `Cannot plan yet: ${question.question}${describeAsked(question)}${where}`,
    question,
    ...(tripId ? { tripId } : {}),
  };
}

/** Exit 3: the reason once, then only the particulars that add to it. */
export function notPlannableReport(
  reason: string,
  reasons: readonly string[],
  plan: Plan | null,
): PlanErrorReport {
  return {
    exitCode: EXIT.notPlannable,
    error: `Cannot plan this trip: ${reason}`,
    reason,
    reasons: reasons.filter((r) => r !== reason),
    plan,
  };
}

/**
 * Prints the outcome: with --json exactly one JSON document on stdout (the plan, or the error
 * object), the human line on stderr; without, the plan on stdout or the reason on stderr.
 */
export function printReport(report: PlanReport, json: boolean, out: ReportOutput): ExitCode {
  if (report.exitCode === EXIT.ok) {
    out.stdout(json ? `${JSON.stringify(report.plan, null, 2)}\n` : `\n${renderPlan(report.plan)}\n`);
    return EXIT.ok;
  }
  const lines = [report.error];
  for (const reason of report.reasons ?? []) lines.push(`  - ${reason}`);
  if (report.question) lines.push(...ideaLines(report.question));
  for (const note of report.question?.notes ?? []) lines.push(`  understood: ${note}`);
  out.stderr(`${lines.join('\n')}\n`);
  if (json) {
    const { exitCode, error, question, reason, reasons, problems, plan, tripId } = report;
    const body = { exitCode, error, question, reason, reasons, problems, plan: plan ?? undefined, tripId };
    out.stdout(`${JSON.stringify(body, null, 2)}\n`);
  }
  return report.exitCode;
}

/** "  idea: Cancún (Quintana Roo, Mexico): about 27°C in early February, 3 beaches, …", one per idea. */
export function ideaLines(question: QuestionView): string[] {
  return (question.ideas ?? []).map((idea) => `  idea: ${idea.city} (${placeOf(idea)}): ${idea.why}`);
}

/** "Baja California Sur, Mexico"; just "Portugal" where the region is the country. */
function placeOf(idea: { region: string; country: string }): string {
  return idea.region === idea.country ? idea.country : `${idea.region}, ${idea.country}`;
}

/** Any failure as a report: one line, its exit code. */
export function failureReport(exitCode: Exclude<ExitCode, typeof EXIT.ok>, message: string): PlanErrorReport {
  return { exitCode, error: message };
}
