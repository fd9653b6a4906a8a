import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI resolves its data and config paths from here, as `npm run` does. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <args>` in the repository root and waits for it to exit, output captured. The
 * developer's own OPENAI_API_KEY and TRIP_API_KEY are blanked (a test must not plan with a real
 * model or a real key by accident); `env` is laid over that, so a test can set either back.
 */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, OPENAI_API_KEY: '', TRIP_API_KEY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs the CLI from source as a user does (`npm run plan -- …` is `trip-planner plan …`):
 * `args` start with the command, e.g. `['plan', text, '--json']` or `['keys', 'list', 'acme']`.
 */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runNode(['--import', 'tsx', 'src/cli/main.ts', ...args], env);
}
