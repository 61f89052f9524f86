/**
 * The API's shape of one version of a report. Versions were recorded as different snapshots over
 * time (an imported table's reading, a draft, a workflow step), so each is read for the fields
 * every one of them has; what a snapshot lacks is null or empty.
 */
import { z } from 'zod';
import { ReportDto } from './report.presenter.ts';

export const ReportVersionDto = z.object({
  version: z.number().int(),
  state: ReportDto.shape.state,
  at: z.string().describe('When this version was recorded'),
  by: z.string().nullable().describe('Who recorded it; null for an import or the system'),
  statusLabel: z.string().nullable(),
  points: z.array(z.string()),
  text: z.string(),
  actuals: z.array(z.object({ indicatorId: z.number().int(), actual: z.number().nullable() })),
  explanation: z.string().nullable(),
  returnReason: z.string().nullable(),
});
export type ReportVersionDto = z.infer<typeof ReportVersionDto>;

const Snapshot = z.object({
  statusLabel: z.string().nullable().catch(null),
  points: z.array(z.string()).catch([]),
  text: z.string().catch(''),
  actuals: z
    .array(z.object({ indicatorId: z.number().int(), actual: z.number().nullable() }))
    .catch([]),
  explanation: z.string().nullable().catch(null),
  returnReason: z.string().nullable().catch(null),
});

export function presentReportVersion(row: {
  version: number;
  state: string;
  snapshot: string;
  created_at: string;
  user_name: string | null;
}): ReportVersionDto {
  const snapshot = Snapshot.parse(JSON.parse(row.snapshot));
  return {
    version: row.version,
    state: ReportDto.shape.state.catch('draft').parse(row.state),
    at: row.created_at,
    by: row.user_name,
    ...snapshot,
    actuals: snapshot.actuals.map((a) => ({ indicatorId: a.indicatorId, actual: a.actual })),
  };
}
