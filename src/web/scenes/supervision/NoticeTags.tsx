/** A notice's tier and state as tags: the colour repeats what the words say, never replaces them. */
import { Tag } from 'antd';
import type { Notice, NoticeTier } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';

const TIER_COLOR: Record<NoticeTier, string> = { blue: 'blue', yellow: 'gold', red: 'red' };
const STATE_COLOR: Record<Notice['state'], string> = {
  issued: 'orange',
  signed: 'processing',
  answered: 'cyan',
  closed: 'success',
  escalated: 'default',
};

export function TierTag({ tier }: { tier: NoticeTier }) {
  const t = useT();
  return <Tag color={TIER_COLOR[tier]}>{t(`notice.tier.${tier}`)}</Tag>;
}

export function NoticeStateTag({ state }: { state: Notice['state'] }) {
  const t = useT();
  return <Tag color={STATE_COLOR[state]}>{t(`notice.state.${state}`)}</Tag>;
}

/** Whole days since an ISO instant. */
export const ageInDays = (iso: string): number =>
  Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 86_400_000));
