/** An assessed status in words, shape and colour: never colour alone. */
import { Tag } from 'antd';
import { STATUS_WORDS } from '../../core/labels.ts';
import { useLang } from '../i18n/i18n.tsx';
import { asStatus, STATUS_LOOK } from './status.ts';

export function StatusTag({ status }: { status: string | null | undefined }) {
  const { lang } = useLang();
  const code = asStatus(status);
  const look = STATUS_LOOK[code];
  return (
    <Tag color={look.color} className="ms-status" data-status={code}>
      <span aria-hidden="true">{look.mark} </span>
      {STATUS_WORDS[code][lang]}
    </Tag>
  );
}
