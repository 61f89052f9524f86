/**
 * The `what` of a target: a short noun phrase from the task's own words around the figure,
 * "农村公路建设" from "全市完成农村公路建设 150公里", "新建长者食堂" from "新建12家长者食堂".
 */
import { AGE_GROUP, QUALIFIER_TAIL, WHAT_LEAD, WHAT_TAIL } from './rules.ts';

const MAX_LENGTH = 28;
const CJK_START = /^[\u4e00-\u9fff“‘"《A-Za-z]/;
/** "农产品生产企业、农民专业合作经济组织等生产主体": the listed examples before 等 add nothing. */
const EXAMPLES_BEFORE_DENG = /^[^、，,；;。]{1,14}(?:、[^、，,；;。]{1,14})+等(?=[\u4e00-\u9fff])/;

/** Subject words before a figure, without the clause's opening and the comparison words. */
export function cleanBefore(before: string): string {
  let s = before.trim();
  for (let i = 0; i < 4; i++) {
    const next = s.replace(WHAT_LEAD, '').replace(QUALIFIER_TAIL, '').trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Object words after a figure ("4家疾控机构冷链系统" → "疾控机构冷链系统"); "" when none. */
export function cleanAfter(after: string): string {
  const s = after.replace(/^\s*(?:以上|以内|以下|左右|及以上)?的?/, '');
  if (!CJK_START.test(s) && !AGE_GROUP.test(s)) return '';
  return s.replace(WHAT_TAIL, '');
}

/** Joins subject and object, drops "A、B等" examples, and keeps the phrase short. */
export function composeWhat(subject: string, object: string): string {
  const shortObject = object.replace(EXAMPLES_BEFORE_DENG, '');
  const what = `${subject}${shortObject}`.replace(WHAT_TAIL, '').replace(WHAT_LEAD, '').trim();
  if (what.length <= MAX_LENGTH) return what;
  if (object !== '') {
    const cut = what.indexOf('、', subject.length + 4);
    return what.slice(0, cut > 0 && cut <= MAX_LENGTH ? cut : MAX_LENGTH);
  }
  const parts = what.split('、');
  const tail = parts[parts.length - 1] as string;
  return tail.length >= 4 ? tail.slice(-MAX_LENGTH) : what.slice(-MAX_LENGTH);
}

/**
 * "宫颈癌、乳腺癌筛查" → ["宫颈癌筛查", "乳腺癌筛查"]: the last item carries the words the
 * others share, cut where the first item's length says its own name ends.
 */
export function splitEach(phrase: string, separator: RegExp): string[] {
  const parts = phrase.split(separator).filter((part) => part !== '');
  if (parts.length < 2) return [phrase];
  const last = parts[parts.length - 1] as string;
  const heads = parts.slice(0, -1);
  const headLength = Math.round(heads.reduce((sum, part) => sum + part.length, 0) / heads.length);
  const shared = last.length > headLength ? last.slice(headLength) : '';
  return [...heads.map((part) => `${part}${shared}`), last];
}
