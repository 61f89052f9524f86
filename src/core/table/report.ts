/**
 * A progress cell as a report: its status label (the first sentence when it is a status word,
 * "按进度完成。"), and its numbered points "（1）…（2）…".
 */
import type { Report, StatusClaim } from '../model.ts';

/** Status words seen in tables, most specific first; the first match decides the claim. */
const CLAIMS: [RegExp, StatusClaim][] = [
  [/无任务|不涉及/, 'no_task'],
  [/未开工|未启动|尚未开展/, 'not_started'],
  [/严重滞后|进度滞后|滞后|推进缓慢|偏慢|慢序时|未达序时|未按进度/, 'lagging'],
  [/超额完成|超序时|超进度|提前完成/, 'ahead'],
  [/已完成|已全部完成|全面完成|完成年度任务|已办结/, 'completed'],
  [
    /按进度|按序时|按计划|达到时间进度|达到序时|顺利推进|正常推进|有序推进|稳步推进|符合序时/,
    'on_schedule',
  ],
  [/正在|推进中|实施中|施工中|进行中/, 'in_progress'],
];

/** The claim a status label makes, or null when the words say nothing of status. */
export function claimOf(label: string): StatusClaim | null {
  for (const [pattern, claim] of CLAIMS) if (pattern.test(label)) return claim;
  return null;
}

const FIRST_SENTENCE = /^([^。；;\n！!]{1,40})(?:[。；;！!]|\n|$)/;
const FIRST_CLAUSE = /^([^，,：:]{1,12})[，,：:]/;
const POINT_MARK =
  /(?:^|\n)\s*(?:[（(]\s*([0-9０-９]{1,2})\s*[）)]|([0-9]{1,2})[、.．](?![0-9]))\s*/g;

/** A status phrase is short words of status: "按进度完成", "进度滞后" — never a figure. */
function isStatusPhrase(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 12 && !/[0-9０-９%]/.test(t) && claimOf(t) !== null;
}

export function readReport(text: string): Report {
  const whole = text.trim();
  let rest = whole;
  let statusLabel: string | null = null;
  const sentence = FIRST_SENTENCE.exec(whole);
  const clause = FIRST_CLAUSE.exec(whole);
  if (sentence?.[1] && isStatusPhrase(sentence[1])) {
    // A half-width full stop ends the sentence in tables typed with half-width punctuation.
    statusLabel = sentence[1].trim().replace(/[.．]$/, '');
    rest = whole.slice(sentence[0].length).trim();
  } else if (clause?.[1] && isStatusPhrase(clause[1])) {
    // "进度滞后，主要原因是…": the status is the first clause; the rest is its explanation.
    statusLabel = clause[1].trim();
    rest = whole.slice(clause[0].length).trim();
  }
  return {
    statusLabel,
    statusClaim: statusLabel ? claimOf(statusLabel) : null,
    points: splitPoints(rest),
    text: whole,
  };
}

/** Numbered points without their markers; unnumbered text is one point. */
export function splitPoints(text: string): string[] {
  const marks = [...text.matchAll(POINT_MARK)];
  if (marks.length === 0) return text.trim() ? [text.trim()] : [];
  const points: string[] = [];
  const lead = text.slice(0, marks[0]?.index ?? 0).trim();
  if (lead) points.push(lead);
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const point = text.slice(start, end).trim();
    if (point) points.push(point);
  });
  return points;
}
