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
  'progress',
  'leadUnit',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const HEADER_NAMES: Record<ColumnRole, RegExp> = {
  // Tables that keep figures in columns: "农村危房改造(户) | 1200 | 980 | 81.7%".
  target:
    /^(年度目标|全年目标|目标数|目标值|计划数|计划任务数|年度任务|全年任务|年度计划|目标任务数|任务数|目标|计划)$/,
  actual:
    /^(完成数|实际完成|累计完成|完成值|已完成|完成量|[0-9一二三四五六七八九十至\-—~]+月(?:累计)?完成(?:数|量)?|截至.*完成(?:数|量)?)$/,
  percent: /^(完成率|完成比例|完成进度|完成百分比|进度)$/,
  unit: /^(单位|计量单位)$/,
  category: /^(大类|类别|类型|领域|分类|项目类别|大项)$/,
  no: /^(序号|编号|项目编号|序)$/,
  task: /^(工作任务|项目名称|目标任务|任务内容|项目内容|工作内容|民生实事项目|实事项目|项目|任务|主要内容|建设内容|年度目标|目标任务及内容)$/,
  leaders:
    /^(分管市领导|分管领导|责任领导|牵头市领导|市领导|牵头领导|分管县领导|分管区领导|挂钩领导)$/,
  units: /^(责任单位|牵头单位及责任单位|主办单位|承办单位|实施单位|配合单位|协办单位)$/,
  leadUnit: /^(牵头单位|牵头部门|主责单位)$/,
  persons: /^(责任人|联系人|具体负责人|单位负责人)$/,
  progress:
    /^(进展情况|完成情况|进度情况|工作进展|推进情况|落实情况|目前进展|进展|完成进度|.*月进展情况)$/,
};

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
  progress: '进展情况',
  leadUnit: '牵头单位',
};

export function normaliseHeader(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[（(].*?[）)]/g, '');
}

export function roleOfHeader(text: string): ColumnRole | null {
  // Header names are short; long cells are data and are not worth normalising.
  if (text.length > 24) return null;
  const name = normaliseHeader(text);
  for (const role of COLUMN_ROLES) if (HEADER_NAMES[role].test(name)) return role;
  return null;
}

/** Roles every table must have to be read as a progress table. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ['task'];
