import type { IsoDate } from '../../domain/common.schema.js';
import { isoWithOffset, localToUtc, offsetMinutes } from '../../domain/time-zone.js';

/** A local date-time ("2027-05-01T07:15:00") read in a zone: the parts the domain records keep. */
export interface ZonedTime {
  date: IsoDate;
  /** "07:15". */
  clock: string;
  /** The UTC instant, when the zone is known. */
  utcMs: number | undefined;
  /** "2027-05-01T07:15+01:00", when the zone is known. */
  withOffset: string | undefined;
}

export function readLocal(local: string, zone: string | null | undefined): ZonedTime {
  const date = local.slice(0, 10);
  const clock = local.slice(11, 16);
  if (!zone) return { date, clock, utcMs: undefined, withOffset: undefined };
  const minutes = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const utcMs = localToUtc(date, minutes, zone);
  return { date, clock, utcMs, withOffset: isoWithOffset(date, minutes, offsetMinutes(zone, utcMs)) };
}
