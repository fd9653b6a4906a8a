import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/cli-error.js';
import { createModelWaitTicker } from '../../src/cli/model-wait-ticker.js';
import { needsInputReport, notPlannableReport, printReport } from '../../src/cli/plan-report.js';
import { renderPlan } from '../../src/cli/render-plan.js';
import { samplePlan } from '../support/plans.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    sink: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) },
  };
}

describe('the plan as printed', () => {
  it('shows every note, warning and wish not honoured in full, not counted', () => {
    const plan = samplePlan();
    plan.spec.notes = ["took 'Sacramneto' as Sacramento", "'luxury' → top-tier stays"];
    plan.spec.warnings = ["did not understand 'xyz'"];
    plan.notHonoured = [{ wish: 'luxury stays', reason: 'no top-tier stay in Fresno' }];
    const text = renderPlan(plan);
    expect(text).toContain(
      "Understood: took 'Sacramneto' as Sacramento\nUnderstood: 'luxury' → top-tier stays",
    );
    expect(text).toContain("Warning: did not understand 'xyz'");
    expect(text).toContain('Not honoured: luxury stays: no top-tier stay in Fresno');
    expect(text).not.toMatch(/\(\d+ warnings?\)/);
  });

  it('counts rooms with the right number', () => {
    const plan = samplePlan();
    const rooms = (n: number) => {
      for (const booking of plan.stays) booking.rooms = n;
      return renderPlan(plan);
    };
    expect(rooms(1)).toMatch(/× 1 room\)/);
    expect(rooms(3)).toMatch(/× 3 rooms\)/);
  });
});

describe('--json: exactly one JSON document on stdout', () => {
  it('a question: the error object with the question, its problems and notes', () => {
    const { out, sink } = capture();
    const question = {
      question:
        'A party of 10,000 is more than we can plan (1–20). Please tell me how many people are travelling (1–20).',
      missing: [],
      problems: [{ field: 'travellers', message: 'a party of 10,000 is more than we can plan (1–20)' }],
      notes: ["took 'Nashvile' as Nashville"],
      warnings: [],
    };
    expect(printReport(needsInputReport(question), true, sink)).toBe(EXIT.needsInput);
    expect(JSON.parse(out.stdout)).toEqual({
      exitCode: 2,
      error: `Cannot plan yet: ${question.question} (to check: travellers)`,
      question,
    });
    expect(out.stderr).toBe(
      `Cannot plan yet: ${question.question} (to check: travellers)\n  understood: took 'Nashvile' as Nashville\n`,
    );
  });

  it('a question with destination ideas: one line each, with where it is and why', () => {
    const { out, sink } = capture();
    const question = {
      question: 'Please tell me where you want to go. Some that fit what you asked for: Miami or Lisbon.',
      missing: ['destination'],
      ideas: [
        {
          city: 'Miami',
          region: 'Florida',
          country: 'United States',
          why: 'about 24\u00b0C in early February',
        },
        { city: 'Lisbon', region: 'Portugal', country: 'Portugal', why: '4 museums' },
      ],
    };
    printReport(needsInputReport(question), false, sink);
    expect(out.stderr).toBe(
      `Cannot plan yet: ${question.question} (missing: destination)\n` +
        '  idea: Miami (Florida, United States): about 24\u00b0C in early February\n' +
        '  idea: Lisbon (Portugal): 4 museums\n',
    );
  });

  it('exit 3: the reason once, the particulars that add to it, and the best plan when there is one', () => {
    const { out, sink } = capture();
    const plan = samplePlan();
    const report = notPlannableReport('the model failed', ['the model failed', 'round 3 timed out'], plan);
    expect(printReport(report, true, sink)).toBe(EXIT.notPlannable);
    const body = JSON.parse(out.stdout) as {
      exitCode: number;
      reason: string;
      reasons: string[];
      plan: unknown;
    };
    expect(body).toMatchObject({ exitCode: 3, reason: 'the model failed', reasons: ['round 3 timed out'] });
    expect(body.plan).toEqual(JSON.parse(JSON.stringify(plan)));
    expect(out.stderr).toBe('Cannot plan this trip: the model failed\n  - round 3 timed out\n');
  });
});

describe('the model wait ticker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the wait after a silent second, redraws it in place, clears it on the next line and on stop', () => {
    vi.useFakeTimers();
    let written = '';
    const ticker = createModelWaitTicker({ output: { write: (t) => (written += t) }, now: () => Date.now() });
    vi.advanceTimersByTime(999);
    expect(written).toBe('');
    vi.advanceTimersByTime(2001);
    const shown = (n: number) => `\r\x1b[K  … waiting for the model (${n} s)`;
    expect(written).toBe(shown(1) + shown(2) + shown(3));
    written = '';
    ticker.activity();
    expect(written).toBe('\r\x1b[K');
    written = '';
    vi.advanceTimersByTime(500);
    expect(written).toBe('');
    ticker.stop();
    vi.advanceTimersByTime(5000);
    expect(written).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });
});
