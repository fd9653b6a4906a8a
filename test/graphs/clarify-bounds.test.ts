import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { SUBMIT_TRIP_SPEC } from '../../agents/intake/intake.agent.js';
import type { IntakeResult, IntakeTask } from '../../agents/intake/intake.schema.js';
import { createIntakePolicy } from '../../agents/intake/offline-policy.js';
import { OFFLINE_MODEL_NAME, OfflineChatModel } from '../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import { readTask } from '../../agents/task-message.js';
import type { AgentModel } from '../../graphs/graph-deps.js';
import type { ProgressEvent } from '../../graphs/progress.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { resumeTrip, startTrip } from '../../src/planner/run-trip-graph.js';
import { TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const gazetteer = { cities: world.listCities(), regions: world.listRegions() };
const offline: AgentModel = { model: createOfflineModel({ gazetteer }), name: OFFLINE_MODEL_NAME };
const TODAY = '2026-11-24';

/**
 * A reader that, for one request, answers as the intake is specified to: a value it cannot take is
 * left at its default and reported as a problem, with its notes and warnings. Every other text
 * (the answers) goes to the real offline reader. Kept apart from the reader's own parsing, so these
 * tests pin the graph's side of the contract.
 */
function scriptedReader(text: string, result: Partial<IntakeResult>): AgentModel {
  const real = createIntakePolicy(gazetteer);
  const model = new OfflineChatModel(
    new Map([
      [
        SUBMIT_TRIP_SPEC,
        (messages) => {
          if (readTask<IntakeTask>(messages).text !== text) return real(messages);
          const draft = TripSpecDraft.parse({
            origin: 'Chicago',
            destination: { kind: 'city', city: 'Nashville' },
            startDate: '2027-06-04',
            days: 3,
            ...result,
          });
          return { toolCalls: [{ name: SUBMIT_TRIP_SPEC, args: { ...draft, warnings: draft.warnings } }] };
        },
      ],
    ]),
  );
  return { model, name: 'scripted-reader' };
}

function newRun(intake: AgentModel = offline) {
  const models = { intake, flights: offline, hotels: offline, itinerary: offline };
  return {
    graph: buildTripGraph({ world, models, checkpointer: new MemorySaver() }),
    threadId: randomUUID(),
  };
}

describe('out-of-bounds values become questions, never silent changes', () => {
  it('a start in the past is asked about, naming the date and today, then planned from the answer', async () => {
    const run = newRun();
    const first = await startTrip(
      run,
      { text: '3 days from Chicago to Nashville, June 4-6 2024, 2 people' },
      TODAY,
    );
    if (first.status !== 'needs_input') throw new Error(JSON.stringify(first));
    const message = 'the trip starts on 2024-06-04, which is in the past (today is 2026-11-24)';
    expect(first.question.problems).toEqual([{ field: 'startDate', message }]);
    expect(first.question.missing).toEqual([]);
    expect(first.question.question).toBe(
      'The trip starts on 2024-06-04, which is in the past (today is 2026-11-24). Please tell me when the trip starts.',
    );
    const done = await resumeTrip(run, { text: 'June 4 2027' });
    if (done.status !== 'completed') throw new Error(JSON.stringify(done));
    expect(done.plan.spec.startDate).toBe('2027-06-04');
    expect(done.plan.spec.days).toBe(3);
    expect(done.plan.spec.travellers).toBe(2);
  });

  it('a start more than two years ahead is asked about', async () => {
    const first = await startTrip(
      newRun(),
      { text: '3 days from Chicago to Nashville, June 4-6 2031' },
      TODAY,
    );
    if (first.status !== 'needs_input') throw new Error(JSON.stringify(first));
    expect(first.question.problems).toEqual([
      {
        field: 'startDate',
        message: 'the trip starts on 2031-06-04, more than 2 years ahead (the latest start is 2028-11-23)',
      },
    ]);
  });

  it("the reader's problem (a party of 10,000) is asked, not planned for 1; the answer's count is used", async () => {
    const text = '3 days from Chicago to Nashville for 10000 people, June 4-6 2027';
    const problem = {
      field: 'travellers' as const,
      message: 'a party of 10,000 is more than we can plan (1–20)',
    };
    const run = newRun(
      scriptedReader(text, { problems: [problem], warnings: ["did not understand 'xyzzy'"] }),
    );
    const first = await startTrip(run, { text }, TODAY);
    if (first.status !== 'needs_input') throw new Error(JSON.stringify(first));
    expect(first.question.problems).toEqual([problem]);
    expect(first.question.question).toBe(
      "A party of 10,000 is more than we can plan (1–20). Please tell me how many people are travelling (1–20). Did not understand 'xyzzy'.",
    );
    expect(first.question.warnings).toEqual(["did not understand 'xyzzy'"]);

    const done = await resumeTrip(run, { text: '4' });
    if (done.status !== 'completed') throw new Error(JSON.stringify(done));
    expect(done.plan.spec.travellers).toBe(4);
  });

  it('a budget that is no amount (1e308) is asked about, not dropped; structured answers work too', async () => {
    const text = '3 days from Chicago to Nashville, June 4-6 2027, budget $1e308';
    const run = newRun(scriptedReader(text, { budget: { amount: 1e308, currency: 'USD' } }));
    const first = await startTrip(run, { text }, TODAY);
    if (first.status !== 'needs_input') throw new Error(JSON.stringify(first));
    expect(first.question.problems).toEqual([
      { field: 'budget', message: 'the budget must be a positive amount up to 1,000,000,000, not 1e+308' },
    ]);
    const done = await resumeTrip(run, { fields: { budget: { amount: 3000, currency: 'USD' } } });
    if (done.status !== 'completed') throw new Error(JSON.stringify(done));
    expect(done.plan.spec.budget).toEqual({ amount: 3000, currency: 'USD' });
  });

  it('an ambiguous place the reader asks about is settled by the answer, asked once', async () => {
    const text = '3 days from Columbus to Nashville, June 4-6 2027';
    const problem = { field: 'origin' as const, message: "'Columbus' could be Columbus, OH or Columbus, GA" };
    const run = newRun(scriptedReader(text, { origin: null, problems: [problem] }));
    const first = await startTrip(run, { text }, TODAY);
    if (first.status !== 'needs_input') throw new Error(JSON.stringify(first));
    expect(first.question.missing).toEqual(['origin']);
    expect(first.question.question).toBe(
      "'Columbus' could be Columbus, OH or Columbus, GA. Please tell me where you are starting from.",
    );
    const done = await resumeTrip(run, { text: 'from Chicago' });
    if (done.status !== 'completed') throw new Error(JSON.stringify(done));
    expect(done.plan.spec.origin).toBe('Chicago');
  });

  it("the reader's notes and warnings land on the plan and in the progress events", async () => {
    const text = '3 days from Chicago to Nashvile, June 4-6 2027';
    const notes = ["took 'Nashvile' as Nashville", "'2 of us' → 2 travellers"];
    const warnings = ["did not understand 'glamping-ish'"];
    const run = newRun(scriptedReader(text, { notes, warnings, travellers: 2 }));
    const events: ProgressEvent[] = [];
    const done = await startTrip({ ...run, onProgress: (e) => events.push(e) }, { text }, TODAY);
    if (done.status !== 'completed') throw new Error(JSON.stringify(done));
    expect(done.plan.spec.notes).toEqual(notes);
    expect(done.plan.spec.warnings).toEqual(warnings);
    const intake = events.flatMap((e) => (e.type === 'node' && e.node === 'intake' ? [e.message] : []));
    expect(intake).toEqual([
      'understood the request: 2 notes, 1 warning',
      `note: ${notes[0]}`,
      `note: ${notes[1]}`,
      `warning: ${warnings[0]}`,
    ]);
  });
});
