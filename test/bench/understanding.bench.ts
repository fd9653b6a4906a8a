import { type CaseResult, runAll, scoreByCategory } from '../agents/intake/understanding-cases.js';

/**
 * `npm run bench:understanding`: how well the offline reader understands everyday requests, per
 * category and overall, on the set written with the rules and on the held-out set written after
 * them. `--failures` lists what was misread.
 */
const showFailures = process.argv.includes('--failures');
const percent = (passed: number, total: number) => `${((100 * passed) / Math.max(1, total)).toFixed(1)}%`;

function report(title: string, results: CaseResult[]): void {
  console.log(`\n${title}`);
  for (const s of scoreByCategory(results)) {
    console.log(
      `  ${s.category.padEnd(12)} ${String(s.passed).padStart(4)}/${String(s.total).padEnd(4)} ${percent(s.passed, s.total)}`,
    );
  }
  const passed = results.filter((r) => r.passed).length;
  console.log(
    `  ${'overall'.padEnd(12)} ${String(passed).padStart(4)}/${String(results.length).padEnd(4)} ${percent(passed, results.length)}`,
  );
  if (showFailures) {
    for (const r of results.filter((x) => !x.passed)) {
      console.log(`  ✗ ${r.category}/${r.id}: ${r.text}\n      ${r.mismatches.join('\n      ')}`);
    }
  }
}

report('Everyday requests (written with the rules)', runAll());
report('Held-out requests (written after the rules)', runAll('held-out/'));
