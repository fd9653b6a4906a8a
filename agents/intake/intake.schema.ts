import { z } from 'zod';
import { IsoDate } from '../../tools/domain/common.schema.js';
import { TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';

export const IntakeTask = z.object({
  text: z.string(),
  /** Resolves dates without a year: the next such date on or after today. */
  today: IsoDate,
});
export type IntakeTask = z.infer<typeof IntakeTask>;

export const IntakeResult = TripSpecDraft.extend({
  warnings: z.array(z.string()).describe('What was ambiguous or not understood, one sentence each'),
});
export type IntakeResult = z.infer<typeof IntakeResult>;
