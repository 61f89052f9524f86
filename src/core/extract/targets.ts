/**
 * Targets of a task text (工作任务): each figure with its unit, the thing it counts, its kind and
 * direction; ranges, baselines and "各" lists; and milestones of clauses without a figure.
 */
import { type Indicator, newIndicator } from '../model.ts';
import { classifyKind } from './kinds.ts';
import { type Mention, type Prepared, prepareText, scanMentions } from './mentions.ts';
import { blankUnitNotes } from './normalize.ts';
import {
  AT_MOST_AFTER,
  AT_MOST_BEFORE,
  BASELINE_DOWN,
  BASELINE_FROM,
  BASELINE_TO,
  BENEFICIARY,
  BENEFICIARY_BEFORE,
  EACH,
  LIST_SEPARATOR,
  MILESTONE,
  ONGOING_LEAD,
  PARALLEL_QUALIFIERS,
  REFERENCE,
  SERVICE_VERB,
  WHAT_LEAD,
} from './rules.ts';
import { segmentEnd, segmentStart } from './segments.ts';
import { cleanAfter, cleanBefore, composeWhat, splitEach } from './what.ts';

interface Draft {
  indicator: Indicator;
  sentence: number;
  subject: string;
}

/** Targets stated in an item's task text (工作任务); actual fields left null. */
export function extractTargets(task: string): Indicator[] {
  const source = blankUnitNotes(task);
  const p = prepareText(source);
  const mentions = scanMentions(p, task);
  const drafts: Draft[] = [];
  let consumed = 0;
  let lastVerb = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    const clauseStart = segmentStart(p.seg, m.start, 2);
    const clauseEnd = segmentEnd(p.seg, m.end, 2);
    const before = p.text.slice(Math.max(clauseStart, consumed), m.start);
    // "从每人每年1200元提高到1500元": one target with a baseline.
    if (next !== undefined && isBaseline(p, m, next, before)) {
      const between = p.text.slice(m.end, next.start);
      const draft = buildDraft(
        p,
        next,
        before.replace(/每\S*$/, '').replace(BASELINE_FROM, ''),
        '',
      );
      draft.indicator.baseline = m.value;
      if (BASELINE_DOWN.test(between)) draft.indicator.direction = 'at_most';
      drafts.push(draft);
      consumed = next.end;
      i++;
      continue;
    }
    const objectEnd =
      next !== undefined && next.start < clauseEnd ? listEnd(p, m.end, next.start) : clauseEnd;
    const after = p.text.slice(m.end, objectEnd);
    let subject = before;
    if (/^\s*[、和及与]\s*$/.test(before) && lastVerb !== '') subject = lastVerb;
    const built = buildDrafts(p, m, subject, after, drafts);
    drafts.push(...built);
    const object = cleanAfter(after);
    consumed = object === '' ? m.end : objectEnd;
    const verb = cleanBefore(before);
    lastVerb = object !== '' && verb.length <= 5 ? verb : '';
  }
  return [...drafts.map((d) => d.indicator), ...extractMilestones(p, mentions)];
}

function isBaseline(p: Prepared, m: Mention, next: Mention, before: string): boolean {
  if (next.unit !== m.unit) return false;
  if (!BASELINE_FROM.test(before.replace(/每[^从由]*$/, ''))) return false;
  return BASELINE_TO.test(p.text.slice(m.end, next.start).trim());
}

/** Where the object of a figure ends when another figure follows in the clause: at the last 、. */
function listEnd(p: Prepared, from: number, nextStart: number): number {
  const between = p.text.slice(from, nextStart);
  const cut = between.lastIndexOf('、');
  return cut >= 0 ? from + cut : nextStart;
}

function buildDrafts(
  p: Prepared,
  m: Mention,
  before: string,
  after: string,
  prior: Draft[],
): Draft[] {
  const trimmed = before.replace(/\s+$/, '');
  if (!EACH.test(cleanBeforeKeepEach(trimmed))) return [buildDraft(p, m, before, after, prior)];
  const subject = cleanBefore(trimmed.replace(/各$/, ''));
  return splitEach(subject, LIST_SEPARATOR).map((what) => {
    const draft = buildDraft(p, m, '', '', prior);
    draft.indicator.what = what;
    draft.subject = what;
    return draft;
  });
}

function cleanBeforeKeepEach(before: string): string {
  return before.replace(/(?:不少于|不低于|至少|达到|达)+$/, '');
}

function buildDraft(
  p: Prepared,
  m: Mention,
  before: string,
  after: string,
  prior: Draft[] = [],
): Draft {
  const sentence = segmentStart(p.seg, m.start, 1);
  const rawBefore = before.trim();
  let subject = cleanBefore(rawBefore);
  const object = withoutServiceVerb(rawBefore, cleanAfter(after));
  let what: string;
  const reference =
    (m.unit === '%' || m.unit === '倍') && object === '' ? REFERENCE.exec(subject) : null;
  if (reference !== null) {
    subject = parallelSubject(reference[1] as string, prior, sentence);
    const base = (reference[2] as string).replace(WHAT_LEAD, '');
    what = m.unit === '%' ? `${subject}占${base}比例` : `${subject}相对${base}倍数`;
  } else {
    what = composeWhat(subject, object);
    what = enrichShort(what, rawBefore, prior, sentence, p);
    if (what === '') what = previousClause(p, m.start);
  }
  const direction =
    AT_MOST_BEFORE.test(rawBefore) || AT_MOST_AFTER.test(after) ? 'at_most' : 'at_least';
  const indicator: Indicator = {
    what: what === '' ? m.text : what,
    kind: classifyKind(m.unit, `${rawBefore}${what}`),
    target: m.value,
    targetMax: m.valueMax,
    baseline: null,
    direction,
    unit: m.unit,
    targetText: m.text.trim(),
    actual: null,
    actualText: null,
    reportedPercent: null,
    achieved: null,
  };
  return { indicator, sentence, subject };
}

/** "为1.5万名65岁以上老人提供免费体检" → "65岁以上老人免费体检". */
function withoutServiceVerb(rawBefore: string, object: string): string {
  if (!BENEFICIARY_BEFORE.test(rawBefore)) return object;
  const parts = SERVICE_VERB.exec(object);
  return parts === null ? object : `${parts[1]}${parts[2]}`;
}

/** "城镇不低于…75%，农村不低于…50%": the second half borrows the first half's subject. */
function parallelSubject(subject: string, prior: Draft[], sentence: number): string {
  if (!PARALLEL_QUALIFIERS.includes(subject)) return subject;
  const previous = prior[prior.length - 1];
  if (previous === undefined || previous.sentence !== sentence) return subject;
  const sibling = PARALLEL_QUALIFIERS.find((q) => q !== subject && previous.subject.includes(q));
  return sibling === undefined ? subject : previous.subject.replace(sibling, subject);
}

/**
 * A `what` of a few characters names its project elsewhere: "受益人口6.4万人" after "完成332条
 * 革命老区自然村集中供水全覆盖"; "并且100%实现有序退出" after "全市建档立卡贫困户全部达到…".
 */
function enrichShort(
  what: string,
  rawBefore: string,
  prior: Draft[],
  sentence: number,
  p: Prepared,
): string {
  if (what.length > 4) return what;
  const previous = prior[prior.length - 1];
  if (BENEFICIARY.test(what) && previous !== undefined && previous.sentence === sentence) {
    return `${previous.indicator.what.replace(/全覆盖$|覆盖$/, '')}${what}`;
  }
  if (cleanBefore(rawBefore) !== '') return what;
  const firstClause = p.text.slice(sentence, segmentEnd(p.seg, sentence, 2));
  const subject = /^(.{2,16}?)(?:全部|均|都|已|要|应|达到|实现|完成)/.exec(firstClause.trim());
  if (subject === null) return what;
  const head = cleanBefore(subject[1] as string);
  return head.length >= 2 && !what.includes(head) ? `${head}${what}` : what;
}

/** "提高…财政补助标准，由每人每年550元提高到580元": the thing is named in the clause before. */
function previousClause(p: Prepared, at: number): string {
  const clauseStart = segmentStart(p.seg, at, 2);
  if (clauseStart === segmentStart(p.seg, at, 1) || clauseStart < 2) return '';
  const previous = p.text.slice(segmentStart(p.seg, clauseStart - 1, 2), clauseStart - 1);
  return cleanBefore(previous.replace(/^(?:提高|提升|调整|上调|增加)/, ''));
}

/** Clauses without a figure that promise a state: "居住证业务实现全程网上办理". */
function extractMilestones(p: Prepared, mentions: Mention[]): Indicator[] {
  const out: Indicator[] = [];
  const clauses = p.text.split(/[，,；;。\n]/);
  let offset = 0;
  for (const clause of clauses) {
    const start = offset;
    offset += clause.length + 1;
    if (!MILESTONE.test(clause)) continue;
    if (mentions.some((m) => m.start >= start && m.start < start + clause.length)) continue;
    const body = clause.trim().replace(WHAT_LEAD, '');
    if (ONGOING_LEAD.test(body) || ONGOING_LEAD.test(clause.trim())) continue;
    const what = body.replace(/实现/g, '').replace(/^全市/, '');
    if (what.length < 4) continue;
    out.push(milestone(what));
  }
  return out;
}

function milestone(what: string): Indicator {
  return newIndicator({ what, kind: 'milestone', target: null, unit: '' });
}
