/** How far a due date is, in words: days left, due today, or days overdue. */
import dayjs from 'dayjs';
import type { useT } from '../../i18n/i18n.tsx';

export function dueWords(t: ReturnType<typeof useT>, due: string | null, today = dayjs()): string {
  if (!due) return t('reporting.noDue');
  const days = dayjs(due).startOf('day').diff(today.startOf('day'), 'day');
  if (days > 0) return t('reporting.daysLeft', { n: days });
  if (days === 0) return t('reporting.dueToday');
  return t('reporting.overdue', { n: -days });
}
