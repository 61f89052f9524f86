/** Words of the plans page. */
import { defineMessages } from '../../i18n/define.ts';

export const planMessages = defineMessages(
  {
    'plans.title': '民生实事计划',
    'plans.year': '年度',
    'plans.jurisdiction': '地区',
    'plans.items': '项数',
  },
  {
    'plans.title': 'Plans',
    'plans.year': 'Year',
    'plans.jurisdiction': 'Jurisdiction',
    'plans.items': 'Items',
  },
);
