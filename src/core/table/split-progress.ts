/**
 * Where a target ends and its progress begins inside one paragraph or heading: the two are often
 * written together ("全年计划改造老旧小区40个，目前已开工38个、完工21个").
 */
import { COMPLETION_CUE } from '../extract/rules.ts';

/**
 * Clause openings that report what was done or when: "已建成118公里", "目前已开工38个",
 * "截至6月底，…", "累计完成52公里", "上半年新解决210个", "9月新增扶持3120人", "本月新增…".
 */
const ACHIEVED_START =
  /^(?:目前|截至|截止|现已|现|已|累计|实际|共计|上半年|下半年|前三季度|今年以来|年初以来|本月|全年(?:已|共|累计)?(?:完成|建成|改造|培训|新增|开展)|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份|底|末)?|完成情况|实际完成)|^[^，,；;。]{0,6}已/;
/** What a heading's text after its colon must hold to be progress: "新建社区食堂30个：已完成18个". */
const PROGRESS_AFTER_COLON = new RegExp(`${COMPLETION_CUE.source}|达到|本月`);
const HAS_FIGURE = /[0-9０-９]/;

function colonOutsideBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if ('（(【['.includes(ch)) depth++;
    else if ('）)】]'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ':' || ch === '：')) return i;
  }
  return -1;
}

/** "1. 新建社区食堂30个：已完成18个" → the target before the colon, the progress after it. */
export function splitAtColon(text: string): [string, string] | null {
  // The first colon outside brackets: "建设（牵头单位：市教育局）：完成45%" splits at the second.
  const colon = colonOutsideBrackets(text);
  if (colon <= 4) return null;
  // "牵头部门：县交通局": a label's colon is no split.
  if (/(?:单位|部门|领导|责任人)\s*$/.test(text.slice(0, colon))) return null;
  const after = text.slice(colon + 1).trim();
  if (!PROGRESS_AFTER_COLON.test(after)) return null;
  return [text.slice(0, colon).trim(), after];
}

/**
 * "计划新建农村道路150公里，已建成118公里。" → ["计划新建农村道路150公里", "已建成118公里。"]: the
 * split falls before the first clause that reports, when a clause before it states a figure.
 */
export function splitAtAchievement(text: string): [string, string] | null {
  const clause = /[^，,；;。]+[，,；;。]?/g;
  let sawFigure = false;
  for (const m of text.matchAll(clause)) {
    const body = m[0].trim();
    if (sawFigure && m.index > 0 && ACHIEVED_START.test(body))
      return [text.slice(0, m.index).replace(/[，,；;。\s]+$/, ''), text.slice(m.index).trim()];
    if (HAS_FIGURE.test(body)) sawFigure = true;
  }
  return null;
}

/** Either split, the colon first; the whole text as the target when neither applies. */
export function splitTargetAndProgress(text: string): [string, string] {
  return splitAtColon(text) ?? splitAtAchievement(text) ?? [text.trim(), ''];
}

/**
 * "该项目计划投资2800万元，改造农村公路12公里。完成项目投资2650万元…": a heading that names
 * only the project leaves its targets to the plan sentences that open the paragraph.
 */
const PLAN_SENTENCE =
  /^(?:该项目|项目|本项目)?(?:年度|全年|今年)?(?:计划|目标|目标任务|建设内容|建设任务)/;

export function movePlanSentences(task: string, progress: string): [string, string] {
  if (HAS_FIGURE.test(task)) return [task, progress];
  const sentences = progress.match(/[^。；;\n]+[。；;\n]?/g) ?? [];
  let moved = 0;
  while (moved < sentences.length && PLAN_SENTENCE.test((sentences[moved] ?? '').trim())) moved++;
  if (moved === 0) return [task, progress];
  return [
    `${task}${sentences.slice(0, moved).join('').trim()}`,
    sentences.slice(moved).join('').trim(),
  ];
}

/** "在养老服务方面，全年计划…": the lead-in of a news paragraph names a field, not the item. */
export function withoutLeadIn(task: string): string {
  return task.replace(/^(?:在|从)?[^，,。]{2,12}(?:方面|领域)[，,]\s*/, '');
}
