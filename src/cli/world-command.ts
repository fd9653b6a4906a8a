import type { Command } from 'commander';
import type { WorldChange } from '../../tools/domain/world-change.schema.js';
import { driftEpoch } from '../../tools/providers/sandbox/drift.js';
import {
  isWorldTimelineError,
  parseWorldChange,
  type WorldTimelineControl,
  type WorldTimelineState,
} from '../../tools/providers/world-timeline.js';
import { createRedisWorldTimeline } from '../world/redis-timeline.js';
import { withOperatorRedis } from './operator-redis.js';

const HOURS_PER_UNIT: Readonly<Record<string, number>> = { m: 1 / 60, h: 1, d: 24 };

/** "6h", "90m", "2d", "1.5h" or a bare number of hours; undefined when it is none of those. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([mhd]?)$/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (HOURS_PER_UNIT[(match[2] || 'h').toLowerCase()] ?? 1);
}

/** Opens the deployment's world timeline on the configured Redis, runs `action`, and always closes it. */
function withTimeline<T>(action: (timeline: WorldTimelineControl) => Promise<T>): Promise<T> {
  return withOperatorRedis((redis, config) =>
    action(createRedisWorldTimeline({ redis, prefix: config.REDIS_PREFIX })),
  );
}

function describeClock(hours: number): string {
  return `hours: ${hours} (drift epoch ${driftEpoch(hours)})`;
}

function describeState(state: WorldTimelineState): string {
  const lines = [describeClock(state.hours), `changes: ${state.changes.length}`];
  for (const change of state.changes) lines.push(`  ${JSON.stringify(change)}`);
  return `${lines.join('\n')}\n`;
}

/** A mistake in what the operator typed: exit 2 with the reason, like `plan` does. */
function usageError(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

/** `world show|advance|inject|clear`: the sandbox world's clock, shared by the deployment via Redis. */
export function registerWorldCommand(program: Command): void {
  const world = program
    .command('world')
    .description("Move the sandbox world's shared clock and inject changes (prices, sell-outs, weather)");

  world
    .command('show')
    .description('Print simulated hours, the drift epoch and the injected changes')
    .option('--json', 'print {hours, epoch, changes} as JSON')
    .action(async (options: { json?: boolean }) => {
      const state = await withTimeline((timeline) => timeline.read());
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ hours: state.hours, epoch: driftEpoch(state.hours), changes: state.changes })}\n`
          : describeState(state),
      );
    });

  world
    .command('advance')
    .description('Move simulated time forward; prices and availability drift every 6 hours')
    .argument('<duration>', 'e.g. 6h, 90m, 2d or a number of hours')
    .action(async (duration: string) => {
      const hours = parseDuration(duration);
      if (hours === undefined)
        return usageError(`Invalid duration "${duration}": expected e.g. 6h, 90m or 2d.`);
      const total = await withTimeline((timeline) => timeline.advance(hours));
      process.stdout.write(`${describeClock(total)}\n`);
    });

  world
    .command('inject')
    .description(
      'Add a change that wins over drift, e.g. \'{"kind":"fare","flightNumber":"AS123","factor":1.4}\'',
    )
    .argument(
      '<change-json>',
      'a WorldChange: fare, flight-cancelled, flight-retimed, stay-sold-out, stay-price, weather',
    )
    .action(async (json: string) => {
      let change: WorldChange;
      try {
        change = parseWorldChange(JSON.parse(json));
      } catch (error) {
        // Checked before connecting: a typo never needs Redis to be told so.
        const reason = isWorldTimelineError(error)
          ? error.message
          : `The change is not JSON: ${(error as Error).message}`;
        return usageError(reason);
      }
      const stored = await withTimeline((timeline) => timeline.inject(change));
      process.stdout.write(`${JSON.stringify(stored)}\n`);
    });

  world
    .command('clear')
    .description('Remove every injected change (simulated time stays where it is)')
    .action(async () => {
      const removed = await withTimeline((timeline) => timeline.clear());
      process.stdout.write(`cleared ${removed} change${removed === 1 ? '' : 's'}\n`);
    });
}
