/** An account's state as tags with words (never colour alone): disabled, locked, must change, 2FA. */
import { Space, Tag } from 'antd';
import type { User } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

export function AccountState({ user }: { user: User }) {
  const t = useT();
  const format = useFormat();
  return (
    <Space wrap size={4}>
      {user.disabled ? (
        <Tag color="default">{t('users.state.disabled')}</Tag>
      ) : (
        <Tag color="green">{t('users.state.active')}</Tag>
      )}
      {user.lockedUntil && (
        <Tag color="red" title={format.dateTime(user.lockedUntil)}>
          {t('users.state.locked')}
        </Tag>
      )}
      {user.mustChangePassword && <Tag color="orange">{t('users.state.mustChange')}</Tag>}
      {user.totpEnabled && <Tag color="blue">{t('users.state.totp')}</Tag>}
    </Space>
  );
}
