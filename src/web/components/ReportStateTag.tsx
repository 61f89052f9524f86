/** Where a report is in its workflow, in words. */
import { Tag } from 'antd';
import { useT } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';

const STATES: Record<string, { key: MessageKey; color: string }> = {
  draft: { key: 'reportState.draft', color: 'default' },
  submitted: { key: 'reportState.submitted', color: 'processing' },
  returned: { key: 'reportState.returned', color: 'warning' },
  approved: { key: 'reportState.approved', color: 'cyan' },
  published: { key: 'reportState.published', color: 'success' },
};

/** `state` null: no report yet. */
export function ReportStateTag({ state }: { state: string | null | undefined }) {
  const t = useT();
  const known = state ? STATES[state] : undefined;
  return <Tag color={known?.color}>{t(known?.key ?? 'reportState.none')}</Tag>;
}
