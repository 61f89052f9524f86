/** Chinese words the exported tables print for Minsheng's codes, and how they print numbers. */
import type { IndicatorKind, ItemStatus } from '../../core/model.ts';

export const STATUS_LABELS: Record<ItemStatus, string> = {
  completed: '已完成',
  on_track: '按序时',
  lagging: '滞后',
  severely_lagging: '严重滞后',
  unknown: '无法评估',
};

export const KIND_LABELS: Record<IndicatorKind, string> = {
  count: '累计数量',
  rate: '比率',
  standard: '标准',
  milestone: '节点',
};

/** 0.5444 → "54.4%"; values over 100% are kept, as completion may exceed the target. */
export function formatPercent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '';
  return `${Math.round(share * 1000) / 10}%`;
}
