/**
 * A deterministic generator of large progress tables in the flattened-text format, with the
 * shapes real tables have: merged category cells, wrapped titles, parallel unit/person lists,
 * numbered points, rows without a number and rows continued across a page break.
 */

/** mulberry32: a tiny seeded PRNG, so the same seed always yields the same table. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES: {
  task: (n: number) => string;
  progress: (done: number) => string;
  unit: string;
}[] = [
  {
    task: (n) => `全市完成农村公路提档升级${n}公里，改造危桥${Math.ceil(n / 10)}座。`,
    progress: (d) => `已完成农村公路提档升级${d}公里，另有若干公里正在施工。`,
    unit: '公里',
  },
  {
    task: (n) => `新建社区长者饭堂${n}家，提升居家养老服务水平。`,
    progress: (d) => `目前已建成社区长者饭堂${d}家，其余正在装修。`,
    unit: '家',
  },
  {
    task: (n) => `为65岁以上老年人免费体检不少于${n}人次。`,
    progress: (d) => `截至9月底，全市为65岁以上老年人免费体检${d}人次。`,
    unit: '人次',
  },
  {
    task: (n) => `全市完成不少于${(n / 10000).toFixed(2)}万批次食品抽检任务。`,
    progress: (d) => `截至9月底，全市共抽检食品${d}批次。`,
    unit: '批次',
  },
  {
    task: (n) => `改造老旧小区${n}个，加装电梯${n * 2}部。`,
    progress: (d) => `已完工老旧小区${d}个，在建若干个。`,
    unit: '个',
  },
  {
    task: (n) => `城乡低保标准提高到每人每月${n}元。`,
    progress: (d) => `全市城乡低保标准统一提高到${d}元/人月。`,
    unit: '元/人/月',
  },
  {
    task: (n) => `公办幼儿园在园幼儿占比达到${Math.min(n, 95)}%以上。`,
    progress: (d) => `截至9月底，全市公办幼儿园在园幼儿占比${Math.min(d, 99)}%。`,
    unit: '%',
  },
  {
    task: () => '2020年底前，实现不动产登记业务全程网上办理。',
    progress: () => '已实现不动产登记业务全程网上办理。',
    unit: '',
  },
];

const UNITS = [
  '市民政局',
  '市财政局',
  '市卫生健康局',
  '市教育局',
  '市交通运输局',
  '市住房城乡建设局',
  '各市（区）政府',
];
const PERSONS = ['孙立群', '何  静', '林志强', '吴晓梅', '马国栋', '彭志远', '各市（区）长'];
const LEADERS = ['陈明远', '刘慧芳', '周建国'];
const ORDINALS = '一二三四五六七八九十';

export function generateTable(itemCount: number, seed = 20200930): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [
    '附件1',
    `2020年示例市民生实事1-9月进展情况汇总表`,
    `（共${itemCount}项）`,
    '\t大类\n\t序号\n\t工作任务\n\t分管\n市领导\n\t责任单位\n\t责任人\n\t进展情况\n',
  ];
  let category = 0;
  for (let no = 1; no <= itemCount; no++) {
    const template = pick(TEMPLATES);
    const target = 10 + Math.floor(next() * 990);
    const done = Math.round(target * next() * 1.1);
    const newCategory = no === 1 || next() < 0.3;
    if (newCategory) category++;
    const categoryCell = newCategory
      ? `${ORDINALS[(category - 1) % 10]}、提高\n第${category}类民生服务水平`
      : '';
    const unitCount = 1 + Math.floor(next() * 4);
    const start = Math.floor(next() * (UNITS.length - unitCount));
    const units = UNITS.slice(start, start + unitCount);
    const persons = PERSONS.slice(start, start + unitCount);
    const task = `${template.task(target)}（牵头单位：${units[0]}）`;
    const points = `按进度完成。\n（1）${template.progress(done)}\n（2）已印发《工作方案》，有序推进。`;
    const dropNumber = next() < 0.02;
    const cells = [
      categoryCell,
      dropNumber ? null : String(no),
      task,
      pick(LEADERS),
      units.join('\n'),
      persons.join('\n'),
      points,
    ];
    out.push(
      `${cells
        .filter((c) => c !== null)
        .map((c) => `\t${c}`)
        .join('\n')}\n`,
    );
    if (next() < 0.02) {
      // The same row again after a page break, carrying the rest of the progress text.
      out.push(
        `\t\n\t\n\t${task}\n\t${cells[3]}\n\t${cells[4]}\n\t${cells[5]}\n\t（3）其余工作按计划推进中。\n`,
      );
    }
  }
  return out.join('\n');
}
