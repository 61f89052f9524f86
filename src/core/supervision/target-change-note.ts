/**
 * The sentence a summary table prints under the table for an approved change of an item's
 * target, deadline or lead unit, so a reader of the export sees that the baseline moved.
 */

export type TargetChangeKind = 'target' | 'deadline' | 'unit';

export interface ApprovedChange {
  no: string;
  kind: TargetChangeKind;
  /** The indicator's words for a target change. */
  what: string | null;
  from: string;
  to: string;
  reason: string;
  documentRef: string;
  /** ISO date of the office's approval. */
  approvedOn: string;
}

const KIND_ZH: Record<TargetChangeKind, string> = {
  target: '目标',
  deadline: '完成时限',
  unit: '牵头单位',
};

/** "第3项“农村公路提档升级”目标由120公里调整为100公里（理由；依据：文号，2024-08-01批准）。" */
export function changeNote(change: ApprovedChange): string {
  const what = change.what ? `“${change.what}”` : '';
  return `第${change.no}项${what}${KIND_ZH[change.kind]}由${change.from}调整为${change.to}（${change.reason}；依据：${change.documentRef}，${change.approvedOn}批准）。`;
}
