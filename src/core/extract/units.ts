/**
 * Units: which words after a number are a unit, and one canonical spelling for each
 * ("元/人月", "元/人/月", "每人每月…元" → "元/人/月"; "每千人6批次" → "批次/千人").
 */

/** Base units, longest first so "人次" wins over "人". Lookaheads keep "人民", "所有", "条例" out. */
const BASE_UNITS = [
  // Concentrations of environmental targets ("PM2.5平均浓度控制在30微克/立方米以内").
  '微克/立方米',
  '毫克/立方米',
  '毫克/升',
  'μg/m³',
  'mg/L',
  '分贝',
  '千瓦时',
  '平方公里',
  '平方米',
  '立方米',
  '个百分点',
  '个街道',
  '个区',
  '个县',
  '个镇',
  '个乡',
  '公里',
  '千米',
  '千瓦',
  '兆瓦',
  '千克',
  '公斤',
  '公顷',
  '人次',
  '剂次',
  '剂',
  '批次',
  '场次',
  '户次',
  '车次',
  '小时',
  '课时',
  '学时',
  '个(?!人)',
  '家',
  '间(?![隔断])',
  '所(?![有在属以])',
  '座',
  '条(?![例件])',
  '例',
  '人(?![民])',
  '名(?![录单称额])',
  '户',
  '批',
  '项',
  '宗',
  '件',
  '场(?![所地])',
  '次',
  '张',
  '套',
  '辆',
  '台',
  '处(?![理置罚])',
  '块',
  '栋',
  '幢',
  '床',
  '支(?![持付出])',
  '期',
  '班',
  '册',
  '篇',
  '份',
  '只(?![有要])',
  '头',
  '棵',
  '株',
  '盏',
  '段',
  '眼',
  '吨',
  '亩',
  '米',
  '元',
  '倍',
  '天',
];

const PER_ENTITY = '(?:千人|万人|百人|人|户|床|亩|吨|辆|年|月|天|日)';
const PER_TIME = '(?:年|月|天|日)';

/** Regex source of a unit after a number, with an optional "/人/月" or "每人每月" tail. */
export const UNIT_SOURCE = `(?:%|(?:${BASE_UNITS.join('|')})(?:\\s*[/每]${PER_ENTITY}(?:[/·每]?${PER_TIME})?)?)`;

/** A "每千人" / "每人每月" phrase in front of a number: the unit's denominator. */
export const PER_PREFIX = new RegExp(`每(${PER_ENTITY})(?:每(${PER_TIME}))?`, 'g');

const SYNONYMS: Record<string, string> = { 千米: '公里' };

/** Canonical unit of a printed unit and an optional 每-prefix ("元/人月" → "元/人/月"). */
export function canonicalUnit(printed: string, prefix?: { entity: string; time?: string }): string {
  const raw = printed.replace(/\s+/g, '');
  if (raw === '%') return '%';
  const match =
    /^([^/每]+)(?:[/每]([千万百]?人|户|床|亩|吨|辆|年|月|天|日)(?:[/·每]?(年|月|天|日))?)?$/.exec(
      raw,
    );
  if (match === null) return raw;
  const base = SYNONYMS[match[1] as string] ?? (match[1] as string);
  let entity = match[2];
  let time = match[3];
  if (entity === undefined && prefix !== undefined) {
    entity = prefix.entity;
    time = prefix.time;
  }
  if (entity === undefined) return base;
  return [base, entity, time].filter((part) => part !== undefined).join('/');
}

/** Units that count people, and building-like places, read as one family when matching. */
const FAMILIES: string[][] = [
  ['人', '名'],
  ['家', '间', '所', '个', '座', '处'],
];

/**
 * How well an actual's unit fits a target's: 1 the same, 0.8 the same family, 0.6 人次 for 人
 * (a count of something else unless the words agree closely), 0 unrelated.
 */
export function unitFit(target: string, actual: string): number {
  if (target === actual) return 1;
  for (const family of FAMILIES) if (family.includes(target) && family.includes(actual)) return 0.8;
  if ((target === '人' && actual === '人次') || (target === '人次' && actual === '人')) return 0.6;
  return 0;
}
