/**
 * The system administrator's accounts: every account with its state, creating a business
 * account, disabling and enabling, and resetting a password (a temporary one shown once; the
 * user must change it at the next sign-in).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { get, post, put } from '../../api/client.ts';
import type { NewAccount, User, UserWithPassword } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { TextModal } from '../../components/TextModal.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { AccountState } from './AccountState.tsx';
import { NewUserModal } from './NewUserModal.tsx';

export const USERS_KEY = ['users'] as const;

export default function UsersScene() {
  const t = useT();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => get<User[]>('/api/users') });
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState('');
  const [temporary, setTemporary] = useState<UserWithPassword | null>(null);
  const [moving, setMoving] = useState<User | null>(null);
  const reload = () => void client.invalidateQueries({ queryKey: USERS_KEY });
  const create = useMutation({
    mutationFn: (account: NewAccount) => post<UserWithPassword>('/api/users', account),
    onSuccess: (result) => {
      setCreating(false);
      setTemporary(result);
      reload();
    },
  });
  const act = useMutation({
    mutationFn: ({
      user,
      action,
    }: {
      user: User;
      action: 'disable' | 'enable' | 'password-reset';
    }) => post<User | UserWithPassword>(`/api/users/${user.id}/${action}`),
    onSuccess: (result) => {
      if ('temporaryPassword' in result) setTemporary(result);
      else void message.success(t('common.saved'));
      reload();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  // A move names an existing unit; an unknown name is refused with the close ones (the message).
  const move = useMutation({
    mutationFn: ({ user, unit }: { user: User; unit: string }) =>
      put<User>(`/api/users/${user.id}/unit`, { unit }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      reload();
    },
  });
  const confirm = (text: string, run: () => void) =>
    void modal.confirm({
      title: text,
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: run,
    });
  const needle = filter.trim();
  const rows = (users.data ?? []).filter(
    (u) => !needle || u.name.includes(needle) || (u.unit ?? '').includes(needle),
  );
  return (
    <section className="ms-page">
      <div className="ms-page-head">
        <Typography.Title level={2}>{t('users.title')}</Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('users.intro')}</Typography.Paragraph>
      {users.isError && <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />}
      <Input.Search
        allowClear
        placeholder={t('users.filter')}
        aria-label={t('users.filter')}
        onChange={(e) => setFilter(e.target.value)}
        className="ms-users-filter"
      />
      <Table<User>
        size="small"
        rowKey="id"
        loading={users.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('users.name'), dataIndex: 'name' },
          { title: t('users.role'), render: (_, u) => t(`user.role.${u.role}`) },
          { title: t('users.unitOrLeader'), render: (_, u) => u.unit ?? u.leader ?? '—' },
          { title: t('users.state'), render: (_, u) => <AccountState user={u} /> },
          { title: t('users.lastLogin'), render: (_, u) => format.dateTime(u.lastLoginAt) },
          {
            title: t('users.actions'),
            render: (_, u) => (
              <Space size={0} wrap>
                {u.disabled ? (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => act.mutate({ user: u, action: 'enable' })}
                  >
                    {t('users.enable')}
                  </Button>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() =>
                      confirm(t('users.disableConfirm', { name: u.name }), () =>
                        act.mutate({ user: u, action: 'disable' }),
                      )
                    }
                  >
                    {t('users.disable')}
                  </Button>
                )}
                {u.role === 'reporter' && (
                  <Button type="link" size="small" onClick={() => setMoving(u)}>
                    {t('users.move')}
                  </Button>
                )}
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    confirm(t('users.resetConfirm', { name: u.name }), () =>
                      act.mutate({ user: u, action: 'password-reset' }),
                    )
                  }
                >
                  {t('users.reset')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <NewUserModal
        open={creating}
        pending={create.isPending}
        error={create.error}
        onCreate={(account) => create.mutate(account)}
        onClose={() => {
          setCreating(false);
          create.reset();
        }}
      />
      <TextModal
        open={moving !== null}
        title={t('users.moveOf', { name: moving?.name ?? '' })}
        label={t('users.unit')}
        initial={moving?.unit ?? ''}
        onOk={async (unit) => {
          if (!moving) return;
          try {
            await move.mutateAsync({ user: moving, unit });
          } catch (error) {
            void message.error(errorText(error));
            throw error;
          }
        }}
        onClose={() => setMoving(null)}
      />
      <Modal
        open={temporary !== null}
        title={t('users.tempTitle', { name: temporary?.user.name ?? '' })}
        onCancel={() => setTemporary(null)}
        footer={
          <Button type="primary" onClick={() => setTemporary(null)}>
            {t('common.close')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('users.tempIntro')}</Typography.Paragraph>
        <Typography.Text code copyable className="ms-secret" data-testid="temporary-password">
          {temporary?.temporaryPassword}
        </Typography.Text>
      </Modal>
    </section>
  );
}
