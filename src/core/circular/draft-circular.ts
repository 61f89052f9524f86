/**
 * The period's circular (通报): a draft the supervision office edits instead of writing from
 * scratch. Every sentence is built from the plan document; where the data says nothing (no
 * previous period, no missing report) the sentence is left out rather than filled with words.
 */
import type { ItemStatus } from '../model.ts';
import type { IndicatorDocument, ItemDocument, PlanDocument } from '../plan-document.ts';

export interface CircularSection {
  heading: string;
  paragraphs: string[];
}

export interface Circular {
  title: string;
  sections: CircularSection[];
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const num = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toFixed(3))));

function monthDay(iso: string): string {
  const [, month, day] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(Number(iso.slice(0, 4)), month ?? 1, 0)).getUTCDate();
  return day === lastDay ? `${month}月底` : `${month}月${day}日`;
}

function count(items: ItemDocument[], status: ItemStatus): number {
  return items.filter((i) => i.assessment.status === status).length;
}

function figure(indicator: IndicatorDocument): string {
  if (indicator.actual === null || indicator.target === null) return '';
  return `${indicator.what}完成${num(indicator.actual)}${indicator.unit}，占目标${num(indicator.target)}${indicator.unit}的${pct(indicator.completion)}`;
}

function lagSentence(item: ItemDocument): string {
  const figures = item.indicators
    .filter((i) => i.status === 'lagging' || i.status === 'severely_lagging')
    .map(figure)
    .filter(Boolean);
  const lead = item.leadUnit ? `（牵头单位：${item.leadUnit}）` : '';
  const label = item.report?.statusLabel;
  // Only a label that claims good progress contradicts the figures; one that admits delay agrees.
  const claim = !label ? '' : item.discrepancy ? `，但自报“${label}”` : `（自报“${label}”）`;
  return `第${item.no}项${lead}：${figures.join('；')}，低于序时进度${pct(item.assessment.expected)}${claim}。`;
}

/** Draft the circular for `current`; `previous` (the period before) adds what changed. */
export function draftCircular(current: PlanDocument, previous: PlanDocument | null): Circular {
  const { plan, items } = current;
  const at = monthDay(plan.asOf);
  const lagging = items.filter(
    (i) => i.assessment.status === 'lagging' || i.assessment.status === 'severely_lagging',
  );
  const behind = count(items, 'lagging') + count(items, 'severely_lagging');
  const totals = [
    `截至${at}，${items.length}项中已完成${count(items, 'completed')}项，按序时推进${count(items, 'on_track')}项，滞后${behind}项`,
  ];
  if (count(items, 'severely_lagging') > 0)
    totals.push(`其中严重滞后${count(items, 'severely_lagging')}项`);
  if (count(items, 'unknown') > 0)
    totals.push(`另有${count(items, 'unknown')}项未报可量化数据、无法评估`);

  const sections: CircularSection[] = [
    {
      heading: '一、总体进展',
      paragraphs: [
        `${totals.join('，')}。序时进度为${pct(items[0]?.assessment.expected ?? null)}。`,
      ],
    },
  ];
  if (lagging.length > 0) {
    sections.push({ heading: '二、进度滞后的事项', paragraphs: lagging.map(lagSentence) });
  }
  if (previous) {
    const before = new Map(previous.items.map((i) => [i.no, i.assessment.status]));
    const newlyCompleted = items.filter(
      (i) => i.assessment.status === 'completed' && before.get(i.no) !== 'completed',
    );
    const newlyLagging = lagging.filter((i) => {
      const was = before.get(i.no);
      return was !== 'lagging' && was !== 'severely_lagging';
    });
    const changes: string[] = [];
    if (newlyCompleted.length)
      changes.push(
        `本期新完成${newlyCompleted.length}项：第${newlyCompleted.map((i) => i.no).join('、')}项。`,
      );
    if (newlyLagging.length)
      changes.push(
        `本期新出现滞后${newlyLagging.length}项：第${newlyLagging.map((i) => i.no).join('、')}项。`,
      );
    if (changes.length)
      sections.push({ heading: `${ordinal(sections.length)}、与上期相比`, paragraphs: changes });
  }
  const missing = items.filter((i) => !i.report);
  if (missing.length > 0) {
    sections.push({
      heading: `${ordinal(sections.length)}、未报送进展的事项`,
      paragraphs: missing.map(
        (i) => `第${i.no}项${i.leadUnit ? `（牵头单位：${i.leadUnit}）` : ''}本期未报送进展情况。`,
      ),
    });
  }
  return { title: `关于${plan.title.replace(/汇总表$/, '')}的通报`, sections };
}

function ordinal(index: number): string {
  return '一二三四五六七八九十'[index] ?? String(index + 1);
}
