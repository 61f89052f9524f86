/**
 * The plan document: Minsheng's stable JSON form of a plan and its period (`minsheng check --json`,
 * later the open-data export). Versioned by `schema`; fields are only ever added.
 */

import type {
  Assessment,
  Category,
  Discrepancy,
  Indicator,
  IndicatorAssessment,
  Item,
  PlanReading,
  Report,
  Warning,
} from './model.ts';
import type { ApprovedChange } from './supervision/target-change-note.ts';

export const PLAN_DOCUMENT_SCHEMA = 'minsheng.plan/1';

/** An indicator as read, with its assessment at the document's date. */
export type IndicatorDocument = Indicator & Omit<IndicatorAssessment, 'what'>;

export interface ItemDocument {
  no: string;
  /** The category's title (null when the source lost it). */
  category: string | null;
  categoryOrdinal: string | null;
  task: string;
  leadUnit: string | null;
  leaders: string[];
  responsibilities: Item['responsibilities'];
  start: string;
  deadline: string;
  indicators: IndicatorDocument[];
  report: Report | null;
  assessment: Omit<Assessment, 'indicators'>;
  discrepancy: Discrepancy | null;
  /**
   * Approved changes of the item's targets, deadline or lead unit, oldest first; present only
   * when there are any (a document read from a table has none). The assessment used them.
   */
  targetChanges?: ApprovedChange[];
}

export interface PlanDocument {
  schema: typeof PLAN_DOCUMENT_SCHEMA;
  plan: PlanReading['plan'] & { asOf: string };
  categories: Category[];
  items: ItemDocument[];
  warnings: Warning[];
}
