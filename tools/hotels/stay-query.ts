import { ToolArgumentError } from '../define-tool.js';
import type { IsoDate } from '../domain/common.schema.js';
import type { StayQuery } from '../providers/world/world-kinds.js';

/**
 * The optional pricing fields of a stay search as the world takes them (null → left out). A
 * check-out not after the check-in is the caller's mistake, said so rather than searched.
 */
export function stayQuery(args: {
  checkIn: IsoDate | null;
  checkOut: IsoDate | null;
  travellers?: number | null;
}): Omit<StayQuery, 'city'> {
  const { checkIn, checkOut } = args;
  if (checkIn !== null && checkOut !== null && checkOut <= checkIn)
    throw new ToolArgumentError(`checkOut ${checkOut} must be after checkIn ${checkIn}`);
  return {
    checkIn: checkIn ?? undefined,
    checkOut: checkOut ?? undefined,
    travellers: args.travellers ?? undefined,
  };
}
