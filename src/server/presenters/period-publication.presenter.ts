/** The API's shape of a period's publication or its withdrawal. */
import { z } from 'zod';
import { PeriodDto } from './plan.presenter.ts';

export const PeriodPublicationDto = z.object({
  period: PeriodDto,
  moved: z.number().int().describe('Reports published (or taken back to approved)'),
  remaining: z
    .number()
    .int()
    .describe('Reports of the period not in the new state (e.g. not yet approved)'),
});
export type PeriodPublicationDto = z.infer<typeof PeriodPublicationDto>;
