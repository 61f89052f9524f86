/** The deputies' year: the screening's negative list and the rating's passing rule. */
import { z } from 'zod';
import { defineSetting } from './define.ts';

export const NegativeEntry = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: z.string().trim().min(1).max(100),
});
export type NegativeEntry = z.infer<typeof NegativeEntry>;

export const congressSettings = {
  'congress.negativeList': defineSetting<NegativeEntry[]>({
    schema: z.array(NegativeEntry).max(100),
    default: [
      { code: 'office_building', label: '党政机关办公楼堂馆所建设' },
      { code: 'beyond_year', label: '当年无法完成的项目' },
      { code: 'routine_duty', label: '部门日常工作或法定职责' },
      { code: 'commercial', label: '营利性经营项目' },
      { code: 'few_beneficiaries', label: '受益面过窄的个别诉求' },
    ],
    label: '民生实事负面清单（筛选时据此不予采纳）',
    labelEn: 'Negative list of livelihood commitments (screening refuses proposals on it)',
  }),
  'congress.ratingPassPercent': defineSetting<number>({
    schema: z.number().int().min(0).max(99),
    default: 50,
    label: '满意度测评通过线：满意与基本满意合计须超过测评票数的百分比',
    labelEn: 'Rating pass mark: 满意 plus 基本满意 must be more than this share (%) of the ratings',
  }),
};
