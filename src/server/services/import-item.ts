/**
 * Writes one item of a reading: the item itself when the plan does not have it yet (with its
 * leaders, units, people and indicators), then its report for the period being imported.
 */
import type { Kysely } from 'kysely';
import type { Item } from '../../core/model.ts';
import type { ItemDocument } from '../../core/plan-document.ts';
import type { Database } from '../db/schema.ts';
import type { ReportState } from '../policies/report.policy.ts';
import { upsertLeader, upsertPerson, upsertUnit } from '../repositories/directory.repository.ts';
import {
  insertIndicators,
  listIndicators,
  replaceActuals,
} from '../repositories/indicator.repository.ts';
import {
  findItemByNo,
  insertItem,
  insertItemLeaders,
  insertResponsibilities,
} from '../repositories/item.repository.ts';
import {
  insertReport,
  insertReportVersion,
  replacePoints,
} from '../repositories/report.repository.ts';

/** What importing an item changed, added up into the import's summary. */
export interface ItemTally {
  itemCreated: boolean;
  reportCreated: boolean;
  /** Names of the units and leaders this item added to the directory. */
  unitsCreated: string[];
  leadersCreated: string[];
}

interface ImportItemInput {
  planId: number;
  categoryId: number;
  periodId: number;
  position: number;
  item: Item;
  doc: ItemDocument;
  state: ReportState;
}

async function createItem(
  db: Kysely<Database>,
  input: ImportItemInput,
  tally: ItemTally,
): Promise<number> {
  const { item } = input;
  const unitId = async (name: string) => {
    const unit = await upsertUnit(db, name);
    if (unit.created) tally.unitsCreated.push(name);
    return unit.id;
  };
  const leadUnitId = item.leadUnit ? await unitId(item.leadUnit) : null;
  const itemId = await insertItem(db, {
    planId: input.planId,
    categoryId: input.categoryId,
    position: input.position,
    no: item.no,
    task: item.task,
    leadUnitId,
    start: item.start,
    deadline: item.deadline,
  });
  const leaderIds: number[] = [];
  for (const name of item.leaders) {
    const leader = await upsertLeader(db, name);
    if (leader.created) tally.leadersCreated.push(name);
    leaderIds.push(leader.id);
  }
  await insertItemLeaders(db, itemId, leaderIds);
  const responsibilities: { unitId: number; personId: number | null }[] = [];
  for (const r of item.responsibilities) {
    const id = await unitId(r.unit);
    responsibilities.push({
      unitId: id,
      personId: r.person ? await upsertPerson(db, id, r.person) : null,
    });
  }
  await insertResponsibilities(db, itemId, responsibilities);
  await insertIndicators(db, itemId, item.indicators);
  return itemId;
}

/** Stores the item (unless the plan has it under the same number) and its report. */
export async function importItem(db: Kysely<Database>, input: ImportItemInput): Promise<ItemTally> {
  const tally: ItemTally = {
    itemCreated: false,
    reportCreated: false,
    unitsCreated: [],
    leadersCreated: [],
  };
  const existing = await findItemByNo(db, input.planId, input.item.no);
  const itemId = existing?.id ?? (await createItem(db, input, tally));
  tally.itemCreated = !existing;
  const report = input.item.report;
  if (!report) return tally;

  const { doc } = input;
  const leadUnit = input.item.leadUnit ? await upsertUnit(db, input.item.leadUnit) : null;
  const reportId = await insertReport(db, {
    itemId,
    periodId: input.periodId,
    status_label: report.statusLabel,
    status_claim: report.statusClaim,
    text: report.text,
    state: input.state,
    author_unit_id: leadUnit?.id ?? null,
    assessment: doc.assessment.status,
    expected: doc.assessment.expected,
    progress: doc.assessment.progress,
    decided_by: doc.assessment.decidedBy,
    discrepancy: doc.discrepancy ? JSON.stringify(doc.discrepancy) : null,
    return_reason: null,
  });
  await replacePoints(db, reportId, report.points);
  // Indicators are the task's; a later period's table states the same task, so they match by
  // what is counted, else by position.
  const stored = await listIndicators(db, [itemId]);
  const actuals = doc.indicators.flatMap((indicator, i) => {
    const match = stored.find((s) => s.what === indicator.what) ?? stored[i];
    if (!match) return [];
    return [
      {
        indicatorId: match.id,
        actual: indicator.actual,
        actualText: indicator.actualText,
        reportedPercent: indicator.reportedPercent,
        achieved: indicator.achieved,
      },
    ];
  });
  await replaceActuals(db, reportId, [...new Map(actuals.map((a) => [a.indicatorId, a])).values()]);
  await insertReportVersion(db, {
    reportId,
    version: 1,
    state: input.state,
    snapshot: report,
    userId: null,
  });
  tally.reportCreated = true;
  return tally;
}
