/**
 * The work that would stall every other request if it ran on the event loop: reading and
 * judging an uploaded table, and rendering a document. Runs in a worker thread (pool.ts); its
 * answers cross the thread boundary as plain data, refusals as `{ refused }` because an error's
 * class and code do not survive the crossing.
 */
import type { PlanReading } from '../../core/model.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import { type ExportFormat, renderPlan } from '../../documents/export/render-plan.ts';
import type { ExportOptions } from '../../documents/export/summary-table.ts';
import { AppError, type AppErrorCode } from '../errors.ts';
import { readUpload } from '../imports/read-upload.ts';

export type HeavyTask =
  | { kind: 'read'; bytes: Uint8Array }
  | { kind: 'render'; doc: PlanDocument; format: ExportFormat; options: ExportOptions };

export interface Refusal {
  code: AppErrorCode;
  message: string;
  messageEn: string;
}

export type HeavyResult =
  | { kind: 'read'; reading: PlanReading; doc: PlanDocument }
  | { kind: 'render'; bytes: Uint8Array }
  | { kind: 'refused'; refused: Refusal };

async function run(task: HeavyTask): Promise<HeavyResult> {
  if (task.kind === 'render') {
    const bytes = await renderPlan(task.doc, task.format, task.options);
    return { kind: 'render', bytes };
  }
  const reading = await readUpload(Buffer.from(task.bytes));
  return { kind: 'read', reading, doc: buildPlanDocument(reading) };
}

/** The worker's entry: one task in, its result or refusal out. */
export default async function heavyTask(task: HeavyTask): Promise<HeavyResult> {
  try {
    return await run(task);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      kind: 'refused',
      refused: { code: error.code, message: error.message, messageEn: error.messageEn },
    };
  }
}
