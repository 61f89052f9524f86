/**
 * Consistency checks over a whole reading. They never change the reading; they return
 * warnings, each with a code (stable, for filtering) and a message in Chinese and English.
 */
import type { Item, PlanReading, Warning } from '../model.ts';
import { percentDisagreement } from './percent.ts';
import { findRestatedTargets } from './target-mismatch.ts';
import {
  findJiezhiMisuse,
  findMixedPunctuation,
  findRepeatedCharacters,
  findUnbalancedBracket,
} from './text-checks.ts';
import { unitDiffersWarnings } from './unit-differs.ts';

function countWarnings(reading: PlanReading): Warning[] {
  const declared = reading.plan.declaredItemCount;
  const found = reading.items.length;
  if (declared === null || declared === found) return [];
  return [
    {
      code: 'item_count_mismatch',
      item: null,
      message: `标题声明共${declared}项，表中找到${found}项`,
      messageEn: `The heading declares ${declared} items; the table has ${found}`,
    },
  ];
}

function numberingWarnings(items: Item[]): Warning[] {
  const warnings: Warning[] = [];
  let previous: number | null = null;
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.no)) {
      warnings.push({
        code: 'number_gap',
        item: item.no,
        message: `序号${item.no}重复出现`,
        messageEn: `Number ${item.no} appears more than once`,
      });
      // The repeat is the whole story: "jumps from 3 to 3" would report the same row twice.
      continue;
    }
    seen.add(item.no);
    const n = Number.parseInt(item.no, 10);
    if (Number.isNaN(n)) continue;
    // A number that restarts at 1 is a new group's numbering, not a gap.
    if (previous !== null && n !== previous + 1 && n !== 1) {
      warnings.push({
        code: 'number_gap',
        item: item.no,
        message: `序号从${previous}跳到${n}`,
        messageEn: `Numbering jumps from ${previous} to ${n}`,
      });
    }
    previous = n;
  }
  return warnings;
}

type TextCheck = {
  code: Warning['code'];
  find: (text: string) => string | null;
  zh: string;
  en: string;
};

const TEXT_CHECKS: TextCheck[] = [
  {
    code: 'repeated_characters',
    find: findRepeatedCharacters,
    zh: '疑似重复字词',
    en: 'Repeated words',
  },
  {
    code: 'jiezhi_misuse',
    find: findJiezhiMisuse,
    zh: '表示时间点应用“截至”而非“截止”',
    en: '截止 used where 截至 (as of) is meant',
  },
  {
    code: 'unbalanced_brackets',
    find: findUnbalancedBracket,
    zh: '括号或引号不配对',
    en: 'Unbalanced brackets or quotes',
  },
  {
    code: 'mixed_punctuation',
    find: findMixedPunctuation,
    zh: '中文中混用半角标点',
    en: 'Half-width punctuation mixed into Chinese text',
  },
];

function textWarnings(item: Item): Warning[] {
  const cells: [string, string, string][] = [
    ['工作任务', 'task', item.task],
    ['进展情况', 'progress', item.report?.text ?? ''],
  ];
  const warnings: Warning[] = [];
  for (const check of TEXT_CHECKS) {
    for (const [zhCell, enCell, text] of cells) {
      const found = check.find(text);
      if (found) {
        warnings.push({
          code: check.code,
          item: item.no,
          message: `第${item.no}项${zhCell}：${check.zh}（“${found}”）`,
          messageEn: `Item ${item.no} ${enCell}: ${check.en} ("${found}")`,
        });
      }
    }
  }
  return warnings;
}

function itemWarnings(item: Item): Warning[] {
  const warnings = textWarnings(item);
  if (item.report && !item.report.statusLabel) {
    warnings.push({
      code: 'status_missing',
      item: item.no,
      message: `第${item.no}项进展情况没有写明状态（如“按进度完成”）`,
      messageEn: `Item ${item.no}: the progress text states no status (such as 按进度完成)`,
    });
  }
  if (!item.leadUnit) {
    warnings.push({
      code: 'lead_unit_missing',
      item: item.no,
      message: `第${item.no}项没有牵头单位`,
      messageEn: `Item ${item.no} has no lead unit`,
    });
  }
  for (const restated of findRestatedTargets(item.task, item.report?.text ?? '', item.indicators)) {
    const { indicator } = restated;
    warnings.push({
      code: 'target_mismatch',
      item: item.no,
      message: `第${item.no}项任务为“${indicator.what}”${indicator.target}${indicator.unit}，进展中写作“${restated.printed}”`,
      messageEn: `Item ${item.no}: the task sets ${indicator.target} ${indicator.unit} for "${indicator.what}", the progress text says "${restated.printed}"`,
    });
  }
  warnings.push(...unitDiffersWarnings(item));
  for (const indicator of item.indicators) {
    const gap = percentDisagreement(indicator);
    if (gap) {
      warnings.push({
        code: 'percent_mismatch',
        item: item.no,
        message: `第${item.no}项“${indicator.what}”写明完成${gap.printed}%，按数字计算为${gap.computed.toFixed(2)}%`,
        messageEn: `Item ${item.no} "${indicator.what}": printed ${gap.printed}%, the figures give ${gap.computed.toFixed(2)}%`,
      });
    }
  }
  return warnings;
}

export function checkPlan(reading: PlanReading): Warning[] {
  return [
    ...countWarnings(reading),
    ...numberingWarnings(reading.items),
    ...reading.items.flatMap(itemWarnings),
  ];
}
