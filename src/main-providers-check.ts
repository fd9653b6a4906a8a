import { loadConfig } from './config.js';
import { formatCheckResult, runSourceChecks } from './providers-check/run-source-checks.js';
import { buildSourceChecks } from './providers-check/source-checks.js';

/**
 * `npm run providers:check`: one small live query per real data source, for a user with network
 * and keys. Not run in CI (it needs the internet); exit 1 when a configured source failed.
 */
const config = loadConfig();
const today = new Date().toISOString().slice(0, 10);
const results = await runSourceChecks(buildSourceChecks(config, today));
for (const r of results) process.stdout.write(`${formatCheckResult(r)}\n`);
const bad = results.filter((r) => r.outcome === 'failed' || r.outcome === 'schema-mismatch');
process.stdout.write(
  `\n${results.filter((r) => r.outcome === 'answered').length} answered, ${results.filter((r) => r.outcome === 'skipped').length} skipped, ${bad.length} failed\n`,
);
process.exitCode = bad.length > 0 ? 1 : 0;
