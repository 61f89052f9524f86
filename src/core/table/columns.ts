/**
 * The columns of a progress table, recognised by their header names. Cities name them
 * differently; each role lists the names seen, compared without spaces or line breaks.
 */
export const COLUMN_ROLES = [
  'target',
  'actual',
  'percent',
  'unit',
  'category',
  'no',
  'task',
  'leaders',
  'units',
  'persons',
  'unitsPersons',
  'progress',
  'leadUnit',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const HEADER_NAMES: Record<ColumnRole, RegExp> = {
  // Tables that keep figures in columns: "农村危房改造(户) | 1200 | 980 | 81.7%".
  target:
    /^(年度目标|全年目标|全年目标任务|年度目标任务|目标数|目标值|计划数|计划任务数|年度任务|全年任务|年度计划|目标任务数|任务数|目标|计划)$/,
  actual:
    /^(完成|完成数|实际完成|累计完成|完成值|已完成|完成量|[0-9一二三四五六七八九十至\-—~]+月(?:累计)?完成(?:数|量)?|截至.*完成(?:数|量)?)$/,
  percent:
    /^(完成率|完成比例|完成进度|完成百分比|进度|占全年计划|占年度计划|占计划|占全年目标|占年度目标|占全年任务|占年度任务)$/,
  unit: /^(单位|计量单位)$/,
  category: /^(大类|类别|类型|领域|分类|项目类别|大项)$/,
  no: /^(序号|编号|项目编号|序)$/,
  task: /^(工作任务|项目名称|目标任务|任务内容|项目内容|工作内容|民生实事项目|实事项目|项目|任务|主要内容|建设内容|年度目标|目标任务及内容)$/,
  leaders:
    /^(分管市领导|分管领导|责任领导|牵头市领导|市领导|牵头领导|分管县领导|分管区领导|挂钩领导)$/,
  units: /^(责任单位|牵头单位及责任单位|主办单位|承办单位|实施单位|配合单位|协办单位)$/,
  leadUnit: /^(牵头单位|牵头部门|主责单位)$/,
  persons: /^(责任人|联系人|具体负责人|单位负责人)$/,
  // Matched on the name before its brackets are dropped: "责任单位（责任人）" (see COMBINED).
  unitsPersons:
    /^(牵头单位及主要负责人|牵头单位及负责人|责任单位及责任人|牵头单位及责任人|责任单位及负责人)$/,
  progress:
    /^(进展情况|完成情况|进度情况|工作进展|推进情况|落实情况|目前进展|进展|完成进度|.*月进展情况)$/,
};

/**
 * Names not in the lists above, read by their key word: "推进情况及存在问题", "项目名称及主要内容",
 * "牵头单位及配合单位". First match wins; a deadline column ("完成时限") is no progress column.
 */
const HEADER_HINTS: [RegExp, ColumnRole | null][] = [
  [/时限|时间|日期|期限|备注|问题|措施|下步|计划安排/, null],
  [/完成率|百分比/, 'percent'],
  [/进展|完成情况|推进情况|落实情况|进度情况|工作情况/, 'progress'],
  [/领导/, 'leaders'],
  [/责任人|联系人|负责人/, 'persons'],
  [/单位|部门/, 'units'],
  [/序号|编号/, 'no'],
  [/类别|领域|大类/, 'category'],
  [/项目|任务|内容|事项|实事|名称/, 'task'],
];

/** Column names for messages. */
export const ROLE_NAMES: Record<ColumnRole, string> = {
  target: '目标',
  actual: '完成数',
  percent: '完成率',
  unit: '计量单位',
  category: '大类',
  no: '序号',
  task: '工作任务',
  leaders: '分管领导',
  units: '责任单位',
  persons: '责任人',
  unitsPersons: '责任单位及责任人',
  progress: '进展情况',
  leadUnit: '牵头单位',
};

export function normaliseHeader(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[（(].*?[）)]/g, '');
}

/** A name from the lists above (no key-word hints): what a header wrapped over two lines must make. */
export function isListedHeader(text: string): boolean {
  const name = normaliseHeader(text);
  return COLUMN_ROLES.some((role) => HEADER_NAMES[role].test(name));
}

/**
 * One column naming a unit and its person: "牵头单位及主要负责人", "责任单位（责任人）",
 * "责任单位/责任人". Its cells read "市民政局\n王某某" or "市民政局（王某某）".
 */
const COMBINED = /(?:单位|部门).{0,4}(?:[及和/、（(]|与).{0,4}(?:责任人|负责人|联系人)/;

export function roleOfHeader(text: string): ColumnRole | null {
  // Header names are short; long cells are data and are not worth normalising.
  if (text.length > 24) return null;
  // "2024年石桥区民生实事1-9月进展情况" is a title, not a column named 进展情况.
  if (/(?:19|20)\d{2}\s*年/.test(text)) return null;
  if (COMBINED.test(text.replace(/[\s\u3000]+/g, ''))) return 'unitsPersons';
  const name = normaliseHeader(text);
  for (const role of COLUMN_ROLES) if (HEADER_NAMES[role].test(name)) return role;
  for (const [hint, role] of HEADER_HINTS) {
    // Words that rule a column out count only at its start: "推进情况及存在问题" is progress.
    if (hint.test(role === null ? name.slice(0, 4) : name)) return role;
  }
  return null;
}
