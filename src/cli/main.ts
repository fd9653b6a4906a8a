import { Command } from 'commander';
import { describeFailure, EXIT } from './cli-error.js';

type Register = (program: Command) => void;

/**
 * Each command's module is imported only when that command runs: `plan` pulls in LangGraph and
 * the models, `keys` and `world` only ioredis, so no command pays for another's imports.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  plan: async () => (await import('./plan-command.js')).registerPlanCommand,
  evaluate: async () => (await import('./evaluate-command.js')).registerEvaluateCommand,
  'bench-quality': async () => (await import('./bench-quality-command.js')).registerBenchQualityCommand,
  keys: async () => (await import('./keys-command.js')).registerKeysCommand,
  world: async () => (await import('./world-command.js')).registerWorldCommand,
};

/** The command named on the command line: the first word that is not an option. */
function requestedCommand(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((word) => !word.startsWith('-'));
}

async function main(): Promise<void> {
  const program = new Command('trip-planner').description('Plans complete, checked trips.');
  // Commander's own failures (an unknown option, a missing argument) are thrown, not printed and
  // exited on, so they get the same one line and documented exit code as every other failure.
  program.exitOverride().configureOutput({ outputError: () => {} });
  const name = requestedCommand(process.argv);
  // Top-level help or an unknown word: register every command so help lists them all.
  const loaders =
    name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]] : Object.values(COMMANDS);
  for (const load of loaders) if (load) (await load())(program);
  for (const command of program.commands) command.exitOverride().configureOutput({ outputError: () => {} });
  await program.parseAsync(process.argv);
}

main().catch((error: unknown) => {
  const { exitCode, message } = describeFailure(error);
  if (exitCode === EXIT.ok) return;
  process.stderr.write(`${message}\n`);
  // A --json caller reads stdout only: it gets the failure as the one JSON document there.
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify({ exitCode, error: message })}\n`);
  process.exitCode = exitCode;
});
