/**
 * The lines of a prose report and what each is, by the habits of Chinese government reports.
 * Each rule names the kind of line it exists for.
 */

/** "1. 新建学校3所", "2、…", "12*. …", "（一）…", "(3)…". */
const NUMBERED_ITEM =
  /^(?:([0-9０-９]{1,3}\*?)\s*[.、．)）]|[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,3})[）)])\s*(\S.*)$/;
/** "一、撤并村通硬化路1800个（2021—2025年）": an item when it carries a figure or a unit note. */
const CHINESE_ITEM = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$/;
/** "一、教育", "二、民生保障类": a group heading, short, without figures or sentences. */
const CATEGORY = /^([一二三四五六七八九十]+)\s*[、.．]\s*(\S.{0,30})$/;

export interface NumberedLine {
  no: string;
  text: string;
}

export function numberedItem(line: string): NumberedLine | null {
  const m = NUMBERED_ITEM.exec(line);
  if (m && /\p{Script=Han}/u.test(m[3] ?? '')) return { no: m[1] ?? m[2] ?? '', text: m[3] ?? '' };
  const c = CHINESE_ITEM.exec(line);
  if (c && /[0-9０-９]|[（(](?:牵头|责任)(?:单位|部门)|[:：，。]/.test(c[2] ?? ''))
    return { no: c[1] ?? '', text: c[2] ?? '' };
  return null;
}

export function isCategoryLine(line: string): boolean {
  const m = CATEGORY.exec(line);
  return m !== null && !/[0-9。，：:]/.test(m[2] ?? '');
}

/**
 * "一是新建农村饮水提升工程12处，已完工9处；二是改造农村户厕5000户，…": the items of a list
 * written in one paragraph. Null when the line is no such list.
 */
export function listSegments(line: string): string[] | null {
  if (!/^(?:[^，。；]{0,20}[：:，])?一是/.test(line) || !/[；;。，]\s*二是/.test(line)) return null;
  return line
    .replace(/^.*?一是/, '')
    .split(/[；;。，]\s*[二三四五六七八九十]{1,2}是/)
    .map((s) => s.trim().replace(/[；;。]$/, ''))
    .filter(Boolean);
}

/**
 * A line of labelled fields under an item: "牵头领导：王某某　责任单位：市公安局　项目责任人：李某某
 * 配合单位：市财政局、市城管局". Returns the fields, or null when the line is not one.
 */
const FIELD =
  /(分管市领导|牵头市领导|分管领导|牵头领导|责任领导|牵头单位|牵头部门|责任单位|主办单位|配合单位|协办单位|项目责任人|具体责任人|责任人)\s*[:：]\s*([^\s\u3000:：]+)/g;

export interface Fields {
  leaders: string[];
  units: string[];
  persons: string[];
}

export function fieldsOf(line: string): Fields | null {
  const found = [...line.matchAll(FIELD)];
  if (found.length < 2) return null;
  const covered = found.reduce((n, m) => n + m[0].length, 0);
  if (covered < line.replace(/[\s\u3000]/g, '').length * 0.6) return null;
  const fields: Fields = { leaders: [], units: [], persons: [] };
  for (const m of found) {
    const label = m[1] as string;
    const values = (m[2] as string).split(/[、，,；;]/).filter(Boolean);
    if (/领导/.test(label)) fields.leaders.push(...values);
    else if (/人$/.test(label)) fields.persons.push(...values);
    else fields.units.push(...values);
  }
  return fields;
}

/**
 * "实际完成情况：已安装…", "完成情况：…", "进展情况：…": the report of the item above. The label is
 * kept: it says that the figures after it were achieved.
 */
const PROGRESS_LABEL =
  /^(?:实际完成情况|完成情况|进展情况|推进情况|工作进展|进展|目前进展|落实情况)\s*[:：]\s*/;

export function isProgressLine(line: string): boolean {
  return PROGRESS_LABEL.test(line);
}

/**
 * The office's exhortation that closes a circular, not a report of any item: "下一步，…",
 * "请各牵头单位倒排工期", "希望各地各有关部门高度重视".
 */
export const CLOSING =
  /^(?:下一步|下阶段|请各|希望各|各(?:地|级|有关|牵头)?(?:单位|部门|地区|地)?要|要进一步)/;
