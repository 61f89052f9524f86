/** Words of the plan, period and item pages. */
import { defineWords } from './words.ts';

export const pw = defineWords({
  asOf: {
    zh: '截至{end}（{period}）的进展，{published}发布。',
    en: 'Progress to {end} ({period}), published {published}.',
  },
  expectedLine: {
    zh: '到{end}，全年时间已过去{expected}，这就是“序时进度”：各项指标完成的比例不低于它，就是按时推进。',
    en: 'By {end}, {expected} of the year had gone: the “time-proportional” line. A figure at or above it is on schedule.',
  },
  howJudged: {
    zh: '状态由各项指标的实际数据对照序时进度评估得出，单位自报的说法另列。',
    en: 'Each status is judged from the figures against that line; the unit’s own words are shown beside it.',
  },
  declared: { zh: '共{n}项', en: '{n} items in all' },
  noCategory: { zh: '其他事项', en: 'Other items' },
  otherPeriods: { zh: '其他报告期', en: 'Other periods' },
  olderPeriod: {
    zh: '这是较早的报告期。最新进展见',
    en: 'This is an earlier period. For the latest progress see',
  },
  latest: { zh: '最新一期', en: 'the latest period' },
  itemNo: { zh: '第{no}项', en: 'Item {no}' },
  leadUnit: { zh: '牵头单位', en: 'Lead unit' },
  units: { zh: '责任单位及责任人', en: 'Responsible units' },
  leaders: { zh: '分管领导', en: 'Supervising leaders' },
  deadline: { zh: '完成时限', en: 'Deadline' },
  noReport: { zh: '本期没有这项的进展报告。', en: 'No progress report for this period.' },
  unitSays: { zh: '单位自报：', en: 'The unit says: ' },
  indicators: { zh: '指标完成情况', en: 'Figures against target' },
  progress: { zh: '本期进展', en: 'Progress this period' },
  history: { zh: '发布记录', en: 'Published versions' },
  historyIntro: {
    zh: '每次发布和更正都单独列出，不会覆盖此前发布的内容。',
    en: 'Each publication and correction is listed; none overwrites what was published before.',
  },
  edition: { zh: '{period} · {date}发布', en: '{period} · published {date}' },
  correction: { zh: '更正（第{n}版）', en: 'Correction (version {n})' },
  code: { zh: '民生码', en: 'QR code' },
  codeIntro: {
    zh: '扫码即可在手机上打开本页。项目现场的公示牌可使用下面的图片或海报。',
    en: 'Scan to open this page on a phone. Use the image or the poster on the project site.',
  },
  codeAlt: { zh: '本事项页面的二维码', en: 'QR code of this page' },
  downloadSvg: { zh: '下载SVG', en: 'SVG' },
  downloadPng: { zh: '下载PNG', en: 'PNG' },
  poster: { zh: 'A4公示海报（打印）', en: 'A4 poster (print)' },
  openData: { zh: '下载数据', en: 'Download the data' },
});
