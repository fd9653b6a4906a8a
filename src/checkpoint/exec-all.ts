import type { ChainableCommander } from 'ioredis';
import { CheckpointSaverError } from './checkpoint-saver-error.js';

/** Runs a pipeline or MULTI and returns its replies, throwing the first command error. */
export async function execAll(commands: ChainableCommander): Promise<unknown[]> {
  const replies = await commands.exec();
  if (replies === null)
    throw new CheckpointSaverError(
      'redis-command',
      'Redis discarded the transaction (a watched key changed)',
    );
  return replies.map(([error, reply]) => {
    if (error) throw new CheckpointSaverError('redis-command', error.message, { cause: error });
    return reply;
  });
}
