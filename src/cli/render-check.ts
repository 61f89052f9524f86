/** The terminal report of `minsheng check`: discrepancies first, then every item, then warnings. */
import { styleText } from 'node:util';
import type { ItemStatus } from '../core/model.ts';
import type { IndicatorDocument, ItemDocument, PlanDocument } from '../core/plan-document.ts';
import { type Lang, statusName, TEXT } from './i18n.ts';

type Color = Parameters<typeof styleText>[0];

const STATUS_COLOR: Record<ItemStatus, Color> = {
  completed: 'green',
  on_track: 'green',
  lagging: 'yellow',
  severely_lagging: 'red',
  unknown: 'gray',
};

const STATUS_MARK: Record<ItemStatus, string> = {
  completed: '●',
  on_track: '●',
  lagging: '▲',
  severely_lagging: '■',
  unknown: '○',
};

export const percent = (x: number | null): string =>
  x === null ? '—' : `${(Math.round(x * 1000) / 10).toString()}%`;

const number = (x: number): string =>
  Number.isInteger(x) ? x.toString() : Number(x.toFixed(3)).toString();

export function renderCheck(doc: PlanDocument, options: { lang: Lang; color: boolean }): string {
  const t = TEXT[options.lang];
  const paint = (color: Color, text: string) => (options.color ? styleText(color, text) : text);
  const bold = (text: string) => paint('bold', text);
  const mark = (status: ItemStatus) =>
    paint(STATUS_COLOR[status], `${STATUS_MARK[status]} ${statusName(options.lang, status)}`);

  const indicatorLine = (ind: IndicatorDocument): string => {
    if (ind.kind === 'milestone') {
      return `${ind.what}${t.colon}${ind.achieved ? statusName(options.lang, 'completed') : t.notStated}`;
    }
    const target = ind.target === null ? '?' : number(ind.target);
    if (ind.actual === null && ind.achieved) return `${ind.what}${t.colon}${t.achievedInWords}`;
    const actual = ind.actual === null ? t.notStated : number(ind.actual);
    // The forecast in the indicator's unit, as the figures before it: "≈ 112" alone says nothing.
    const forecast =
      ind.forecast === null
        ? ''
        : `${t.comma}${t.forecast}${number(Math.round(ind.forecast * 100) / 100)}${ind.unit}`;
    return `${ind.what} ${actual}/${target}${ind.unit} = ${percent(ind.completion)}${forecast}`;
  };

  const itemLine = (item: ItemDocument, detailed: boolean): string[] => {
    const head = `${mark(item.assessment.status)}  ${bold(item.no.padStart(2))}  ${shorten(item.task, 28)}`;
    const decided = item.indicators.find((i) => i.what === item.assessment.decidedBy);
    const lines = [head];
    const shown = detailed
      ? item.indicators.filter((i) => i.kind !== 'milestone' || i.achieved)
      : decided
        ? [decided]
        : [];
    for (const ind of shown) lines.push(`        ${indicatorLine(ind)}`);
    if (!detailed && !decided && item.indicators.length === 0)
      lines.push(`        ${paint('gray', t.noIndicator)}`);
    if (item.discrepancy) {
      lines.push(
        `        ${paint('red', options.lang === 'zh' ? item.discrepancy.message : item.discrepancy.messageEn)}`,
      );
    }
    return lines;
  };

  const { plan } = doc;
  const out: string[] = [bold(plan.title)];
  // With --as-of the judgement is made at another date than the table's cut-off: say which.
  const facts = [
    ...(plan.period ? [t.period(plan.period.label, plan.period.end)] : []),
    ...(!plan.period || plan.period.end !== plan.asOf ? [t.asOf(plan.asOf)] : []),
    `${t.expected} ${percent(doc.items[0]?.assessment.expected ?? null)}`,
    t.items(doc.items.length, plan.declaredItemCount),
  ];
  out.push(facts.join(' · '), '');

  const counts = new Map<ItemStatus, number>();
  for (const item of doc.items)
    counts.set(item.assessment.status, (counts.get(item.assessment.status) ?? 0) + 1);
  const order: ItemStatus[] = ['completed', 'on_track', 'lagging', 'severely_lagging', 'unknown'];
  out.push(
    `${bold(t.summary)}${t.colon}${order.map((s) => `${mark(s)} ${counts.get(s) ?? 0}`).join('  ')}`,
    '',
  );

  const discrepant = doc.items.filter((i) => i.discrepancy);
  out.push(bold(discrepant.length ? t.discrepancies(discrepant.length) : t.noDiscrepancies));
  for (const item of discrepant) out.push(...itemLine(item, true));
  out.push('');

  out.push(bold(t.allItems));
  let category: string | null | undefined;
  for (const item of doc.items) {
    const title = item.category ?? t.noCategory;
    if (title !== category) {
      out.push(paint('cyan', t.category(item.categoryOrdinal, title)));
      category = title;
    }
    out.push(...itemLine(item, false));
  }
  out.push('');

  out.push(bold(t.warnings(doc.warnings.length)));
  for (const w of doc.warnings) {
    // The codes (README, "What is read") stay in the Chinese report for the office's look-up;
    // the English one says the same in words.
    out.push(
      options.lang === 'zh'
        ? `  ${paint('yellow', '⚠')} ${paint('gray', w.code)} ${w.message}`
        : `  ${paint('yellow', '⚠')} ${w.messageEn}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function shorten(text: string, length: number): string {
  const plain = text.replace(/[（(]牵头单位[:：][^）)]*[）)]/, '');
  return [...plain].length > length ? `${[...plain].slice(0, length).join('')}…` : plain;
}
