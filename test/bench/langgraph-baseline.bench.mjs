/**
 * What LangGraph itself costs for a plan's shape, against what a plan costs: a do-nothing graph of
 * the trip graph's shape (9 nodes, a fan-out to 2, 10 checkpoints in MemorySaver, 9 trivial model
 * calls through LangChain's chat-model machinery) beside in-process plans of 3, 5 and 7 days, CPU
 * time per run, interleaved so load on the machine hits both alike. Each plan's own shape is printed
 * too: all three take 10 checkpoints and 9 model calls; what grows with a multi-city trip is the
 * planner's work (tool calls: 16, 68, 121; candidate routes; option lists). A baseline given the
 * trip graph's 18 state channels and the plans' tool-call rounds as trivial ToolMessages costs the
 * same as this one within noise (measured 2026-12), so this shape is the fair one.
 * The planner measured is the compiled one every process runs (dist/, rebuilt first when a source
 * is newer), under plain node: this file is JavaScript because tsx compiles with esbuild's
 * keepNames, which wraps every named closure in a `__name` call (a defineProperty each time one is
 * made) that no user's process pays; under tsx a 7-day plan cost about a tenth more.
 * Warm-up: V8 compiles a plan's code for well over a hundred plans (over the first 120 its compiler
 * threads took almost as much CPU as the plans themselves), so the default warms up for 40 rounds
 * and the figures are a warm worker's. The mean is the cost a worker pays per plan; median and
 * minimum show how much of it is the machine's noise.
 * Run: npm run bench:baseline [-- --runs 60 --warmup 40]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { HumanMessage } from '@langchain/core/messages';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { Annotation, END, MemorySaver, START, StateGraph } from '@langchain/langgraph';
import { isStale } from '../../scripts/build-stamp.mjs';

if (isStale()) {
  process.stderr.write('Building dist/ (sources changed since the last build)…\n');
  const { build } = await import('../../scripts/build.mjs');
  if ((await build()) !== 0) throw new Error('npm run build failed: the bench measures the compiled planner');
}
const { loadConfig } = await import('../../dist/src/config.js');
const { createEmbeddedPlanner } = await import('../../dist/src/planner/embedded-planner.js');
const { startTrip } = await import('../../dist/src/planner/run-trip-graph.js');
const { installUntracedRuns, uninstallUntracedRuns } = await import(
  '../../dist/src/planner/untraced-runs.js'
);

const REQUESTS = {
  '3-day': '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5-day':
    '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  '7-day':
    'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs, we love Mexican food',
};

const State = Annotation.Root({
  text: Annotation(),
  notes: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

const model = new FakeListChatModel({ responses: ['ok'] });

/** A node that asks the model `calls` times and records one note, as an agent node would. */
function node(name, calls) {
  return async () => {
    for (let i = 0; i < calls; i += 1) await model.invoke([new HumanMessage(`${name} ${i}`)]);
    return { notes: [name] };
  };
}

/**
 * intake → clarify → route → (flights ∥ hotels) → solve → itinerary → validate → compose:
 * 9 model calls (intake 2, flights 2, hotels 2, itinerary 3) and 10 checkpoints, like a 3-day plan.
 */
/** @param {MemorySaver} checkpointer */
function buildBaselineGraph(checkpointer) {
  return new StateGraph(State)
    .addNode('intake', node('intake', 2))
    .addNode('clarify', node('clarify', 0))
    .addNode('route', node('route', 0))
    .addNode('flights', node('flights', 2))
    .addNode('hotels', node('hotels', 2))
    .addNode('solve', node('solve', 0))
    .addNode('itinerary', node('itinerary', 3))
    .addNode('validate', node('validate', 0))
    .addNode('compose', node('compose', 0))
    .addEdge(START, 'intake')
    .addEdge('intake', 'clarify')
    .addEdge('clarify', 'route')
    .addConditionalEdges('route', () => ['flights', 'hotels'], ['flights', 'hotels'])
    .addEdge(['flights', 'hotels'], 'solve')
    .addEdge('solve', 'itinerary')
    .addEdge('itinerary', 'validate')
    .addEdge('validate', 'compose')
    .addEdge('compose', END)
    .compile({ checkpointer });
}

/**
 * CPU milliseconds (user + system) that `run` takes in this process.
 * @param {() => Promise<unknown>} run
 */
async function cpuMs(run) {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** @param {number[]} samples */
function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '60' }, warmup: { type: 'string', default: '40' } },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const saver = new MemorySaver();
const baseline = buildBaselineGraph(saver);
const { graph } = createEmbeddedPlanner(loadConfig({}), { seed: 1 });
/**
 * The baseline is LangGraph as shipped; the planner replaces LangChain's untraced run context
 * (src/planner/untraced-runs.ts) process-wide, so each run sets the context it is measured with.
 * "baseline-untraced" is the do-nothing graph with the planner's replacement, for reference.
 */
const runBaseline = async () => {
  uninstallUntracedRuns();
  const config = { configurable: { thread_id: randomUUID() } };
  await baseline.invoke({ text: 'x' }, config);
  return config;
};
const runBaselineUntraced = async () => {
  installUntracedRuns(true);
  await baseline.invoke({ text: 'x' }, { configurable: { thread_id: randomUUID() } });
};
/** @param {string} text */
const plan = (text) => {
  installUntracedRuns(true);
  return startTrip({ graph, threadId: randomUUID() }, { text }, '2026-11-24');
};

// The shape holds: 10 checkpoints per baseline run.
const shapeConfig = await runBaseline();
let checkpoints = 0;
for await (const _ of saver.list(shapeConfig)) checkpoints += 1;

/**
 * The plans' own shape, to set beside the baseline's: checkpoints of the thread, model calls and
 * tool calls (agent records). Tool calls are the planner's own work (run directly, not through
 * LangChain's tool machinery, see tools/define-tool.ts runTool), so the baseline has none.
 */
async function planShape(text) {
  const threadId = randomUUID();
  /** @type {Record<string, { modelRounds: number, toolCalls: number }[]>} */
  let runs = {};
  installUntracedRuns(true);
  await startTrip(
    {
      graph,
      threadId,
      onFinalState: (/** @type {{ agentRuns: typeof runs }} */ state) => (runs = state.agentRuns),
    },
    { text },
    '2026-11-24',
  );
  let count = 0;
  for await (const _ of graph.checkpointer && typeof graph.checkpointer === 'object'
    ? graph.checkpointer.list({ configurable: { thread_id: threadId } })
    : [])
    count += 1;
  const records = Object.values(runs).flat();
  /** @param {(r: (typeof records)[number]) => number} f */
  const sum = (f) => records.reduce((n, r) => n + f(r), 0);
  return `${count} checkpoints, ${sum((r) => r.modelRounds)} model calls, ${sum((r) => r.toolCalls)} tool calls`;
}
/** @type {Record<string, string>} */
const shapes = {};
for (const [label, text] of Object.entries(REQUESTS)) shapes[label] = await planShape(text);

/** @type {Record<string, number[]>} */
const samples = { baseline: [], 'baseline-untraced': [] };
for (const label of Object.keys(REQUESTS)) samples[label] = [];
// Warm-up: JIT, module-level caches and the sandbox world's indexes.
for (let i = 0; i < warmup; i += 1) {
  await runBaseline();
  await runBaselineUntraced();
  for (const text of Object.values(REQUESTS)) await plan(text);
}
for (let i = 0; i < runs; i += 1) {
  samples.baseline?.push(await cpuMs(runBaseline));
  samples['baseline-untraced']?.push(await cpuMs(runBaselineUntraced));
  for (const [label, text] of Object.entries(REQUESTS)) samples[label]?.push(await cpuMs(() => plan(text)));
}

/** @param {number[]} list */
const mean = (list) => list.reduce((sum, x) => sum + x, 0) / list.length;
const statistics = { mean, median, min: (/** @type {number[]} */ list) => Math.min(...list) };
const baselineRuns = samples.baseline ?? [];
console.log(`runs: ${runs} each, interleaved, after ${warmup} warm-up rounds; node ${process.version}`);
console.log(`baseline shape: 9 nodes, a fan-out to 2, ${checkpoints} checkpoints, 9 model calls`);
for (const [label, shape] of Object.entries(shapes)) console.log(`${label} plan shape: ${shape}`);
console.log('run                 mean CPU ms × baseline  median ms × baseline     min ms × baseline');
for (const [label, list] of Object.entries(samples)) {
  const cells = Object.values(statistics).map((of) => {
    const value = of(list);
    return `${value.toFixed(2).padStart(10)} ${(value / of(baselineRuns)).toFixed(2).padStart(10)}`;
  });
  console.log(`${label.padEnd(18)} ${cells.join(' ')}`);
}
