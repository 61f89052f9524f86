/**
 * Reads a progress report written as prose into a Grid with the columns 大类 / 序号 / 工作任务 /
 * 进展情况 (and 分管领导 / 责任单位 / 责任人 when the report names them), so the same reader judges
 * it. Two habits:
 * - numbered items ("1. 新建公办幼儿园3-5所", "（一）…", "一、撤并村通硬化路1800个…") under group
 *   headings ("一、教育"), each with the paragraphs below it as its progress;
 * - no numbering at all: news paragraphs ("全年计划新建社区食堂30个，目前已建成21个"), a
 *   "一是…；二是…" list, or a short heading stating the target followed by a paragraph.
 */
import { extractTargets } from '../extract/index.ts';
import type { Grid, GridRow } from './grid.ts';
import {
  CLOSING,
  type Fields,
  fieldsOf,
  isCategoryLine,
  listSegments,
  numberedItem,
} from './prose-lines.ts';
import {
  movePlanSentences,
  splitAtAchievement,
  splitTargetAndProgress,
  withoutLeadIn,
} from './split-progress.ts';

export const PROSE_HEADER = ['大类', '序号', '工作任务', '进展情况'];

interface Draft {
  category: string;
  no: string;
  task: string;
  progress: string[];
  fields: Fields | null;
  line: number;
}

interface Reading {
  headingLines: string[];
  drafts: Draft[];
}

interface Line {
  text: string;
  line: number;
}

export function readProseText(text: string): Grid {
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: raw.trim(), line: i + 1 }))
    .filter((l) => l.text);
  const numbered = lines.some((l) => numberedItem(l.text) !== null);
  const { headingLines, drafts } = numbered ? readNumbered(lines) : readUnnumbered(lines);
  return toGrid(headingLines, drafts, numbered);
}

function readNumbered(lines: Line[]): Reading {
  const headingLines: string[] = [];
  const drafts: Draft[] = [];
  let category = '';
  let current: Draft | null = null;
  for (const { text, line } of lines) {
    const item = numberedItem(text);
    if (item) {
      const [task, progress] = splitTargetAndProgress(item.text);
      current = {
        category,
        no: item.no,
        task,
        progress: progress ? [progress] : [],
        fields: null,
        line,
      };
      drafts.push(current);
      category = '';
    } else if (isCategoryLine(text)) {
      category = text;
      current = null;
    } else addUnder(text, current, { headingLines, drafts });
  }
  return { headingLines, drafts };
}

/** A line that opens nothing: more of the item above, or a heading line before any item. */
function addUnder(text: string, current: Draft | null, read: Reading): void {
  if (current) addToItem(current, text);
  else if (read.drafts.length === 0) read.headingLines.push(text);
}

/** A line under an item: its fields, its labelled progress, or more of its progress. */
function addToItem(item: Draft, text: string): void {
  const fields = fieldsOf(text);
  if (fields) {
    item.fields = fields;
    return;
  }
  if (CLOSING.test(text)) return;
  item.progress.push(text);
}

/** Counts of the items themselves ("15件民生实事中，已完成6件") summarise; they are no item. */
const SUMMARY = /(?:件|项|个)(?:民生)?(?:实事|项目|事项|任务|工程)|实事|事项/;

function numericTargets(task: string) {
  return extractTargets(task).filter((t) => t.kind !== 'milestone' && t.target !== null);
}

function isItemTarget(task: string): boolean {
  const targets = numericTargets(task);
  if (targets.length === 0) return false;
  return !(targets.every((t) => t.unit === '件' || t.unit === '项') && SUMMARY.test(task));
}

/** "新建城市书房10个": short, states a figure, reports nothing. */
function isTargetHeading(text: string): boolean {
  return (
    text.length <= 40 &&
    !/[，,；;]/.test(text.replace(/[（(][^）)]*[）)]/g, '')) &&
    splitAtAchievement(text) === null &&
    !/已|累计|截至|目前|完成率/.test(text) &&
    isItemTarget(text)
  );
}

/**
 * The items of a news paragraph: each sentence that states a target and then what was done
 * ("计划新建口袋公园12个，目前已建成9个；计划改造燃气老旧管网25公里，目前已完成18公里"), or the
 * paragraph as one item when its sentences do not stand alone.
 */
function itemsOfParagraph(text: string): [string, string][] {
  const sentences = text.match(/[^；;。]+[；;。]?/g) ?? [];
  const split = sentences.map((s) => splitAtAchievement(s.trim()));
  if (sentences.length > 1 && split.filter((s) => s && isItemTarget(s[0])).length > 1)
    return split.flatMap((s) => (s && isItemTarget(s[0]) ? [s] : []));
  const whole = splitAtAchievement(text);
  return whole && isItemTarget(whole[0]) ? [whole] : [];
}

function readUnnumbered(lines: Line[]): Reading {
  const headingLines: string[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  const start = (task: string, progress: string, line: number) => {
    const draft: Draft = {
      category: '',
      no: '',
      task: withoutLeadIn(task),
      progress: progress ? [progress] : [],
      fields: null,
      line,
    };
    drafts.push(draft);
    return draft;
  };
  for (const { text, line } of lines) {
    const segments = listSegments(text);
    if (segments) {
      for (const segment of segments) {
        const [task, progress] = splitTargetAndProgress(segment);
        if (isItemTarget(task)) start(task, progress, line);
      }
      current = null;
      continue;
    }
    if (isTargetHeading(text)) {
      current = start(text.replace(/[。；;]$/, ''), '', line);
      continue;
    }
    const items = itemsOfParagraph(text);
    if (items.length > 0) {
      for (const [task, progress] of items) start(task, progress, line);
      current = null;
    } else addUnder(text, current, { headingLines, drafts });
  }
  return { headingLines, drafts };
}

function toGrid(headingLines: string[], drafts: Draft[], numbered: boolean): Grid {
  const withPeople = drafts.some((d) => d.fields !== null);
  const header = [
    '大类',
    ...(numbered ? ['序号'] : []),
    '工作任务',
    ...(withPeople ? ['分管领导', '责任单位', '责任人'] : []),
    '进展情况',
  ];
  const rows: GridRow[] = [{ cells: header.map((t) => ({ text: t })), missingBefore: 0, line: 1 }];
  for (const d of drafts) {
    const [task, progress] = movePlanSentences(d.task, d.progress.join('\n'));
    const people = withPeople
      ? [d.fields?.leaders ?? [], d.fields?.units ?? [], d.fields?.persons ?? []].map((l) =>
          l.join('、'),
        )
      : [];
    const cells = [d.category, ...(numbered ? [d.no] : []), task, ...people, progress];
    rows.push({ cells: cells.map((t) => ({ text: t })), missingBefore: 0, line: d.line });
  }
  return { headingLines, rows: rows.length > 1 ? rows : [] };
}
