/**
 * The security administrator's page: live sessions (end one), locked accounts (unlock), and every
 * account's role (change it) and authenticator (remove it). The server refuses the
 * administrator's own account; its message says so.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { del, get, post, put } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { LiveSession, Role, User } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { AccountState } from '../users/AccountState.tsx';

const ROLES: Role[] = ['admin', 'leader', 'reporter', 'deputy', 'sysadmin', 'secadmin', 'auditor'];

type Action =
  | { kind: 'end'; session: LiveSession }
  | { kind: 'unlock'; user: User }
  | { kind: 'role'; user: User; role: Role }
  | { kind: 'totp'; user: User };

export default function SessionsScene() {
  const t = useT();
  const format = useFormat();
  const me = useMe();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: () => get<LiveSession[]>('/api/sessions'),
  });
  const users = useQuery({ queryKey: ['users'], queryFn: () => get<User[]>('/api/users') });
  const act = useMutation({
    mutationFn: async (action: Action) => {
      if (action.kind === 'end') await del(`/api/sessions/${action.session.id}`);
      else if (action.kind === 'unlock') await post(`/api/users/${action.user.id}/unlock`);
      else if (action.kind === 'role')
        await put(`/api/users/${action.user.id}/role`, { role: action.role });
      else await del(`/api/users/${action.user.id}/totp`);
      return action;
    },
    onSuccess: (action) => {
      const done = {
        end: 'sessions.ended',
        unlock: 'sessions.unlocked',
        role: 'sessions.roleChanged',
        totp: 'sessions.totpReset',
      } as const;
      void message.success(t(done[action.kind]));
    },
    onError: (error) => void message.error(errorText(error)),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['sessions'] });
      void client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const confirm = (title: string, action: Action) =>
    void modal.confirm({
      title,
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: () => act.mutate(action),
    });
  const own = (u: User) => u.id === me.data?.id;
  const locked = (users.data ?? []).filter((u) => u.lockedUntil);
  return (
    <section className="ms-page">
      <Typography.Title level={2}>{t('sessions.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sessions.intro')}</Typography.Paragraph>
      <Space direction="vertical" size={16} className="ms-stack">
        <Card title={<h3 className="ms-card-title">{t('sessions.locked')}</h3>}>
          {users.isError && <ErrorNotice error={users.error} />}
          <Table<User>
            size="small"
            rowKey="id"
            loading={users.isPending}
            dataSource={locked}
            pagination={false}
            locale={{ emptyText: t('sessions.noneLocked') }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('sessions.user'), dataIndex: 'name' },
              {
                title: t('sessions.lockedUntil'),
                render: (_, u) => format.dateTime(u.lockedUntil),
              },
              { title: t('sessions.failures'), dataIndex: 'failedLogins' },
              {
                key: 'unlock',
                render: (_, u) => (
                  <Button size="small" onClick={() => act.mutate({ kind: 'unlock', user: u })}>
                    {t('sessions.unlock')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        <Card title={<h3 className="ms-card-title">{t('sessions.live')}</h3>}>
          {sessions.isError && <ErrorNotice error={sessions.error} />}
          <Table<LiveSession>
            size="small"
            rowKey="id"
            loading={sessions.isPending}
            dataSource={sessions.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('sessions.user'), dataIndex: 'userName' },
              {
                title: t('sessions.role'),
                render: (_, s) =>
                  ROLES.includes(s.role as Role) ? t(`user.role.${s.role as Role}`) : s.role,
              },
              { title: t('sessions.started'), render: (_, s) => format.dateTime(s.createdAt) },
              { title: t('sessions.lastSeen'), render: (_, s) => format.dateTime(s.lastSeenAt) },
              { title: t('sessions.idleEnd'), render: (_, s) => format.dateTime(s.idleExpiresAt) },
              { title: t('sessions.address'), render: (_, s) => s.address ?? '—' },
              {
                title: t('sessions.browser'),
                render: (_, s) => <span className="ms-agent">{s.userAgent ?? '—'}</span>,
              },
              {
                key: 'end',
                render: (_, s) => (
                  <Button
                    size="small"
                    danger
                    disabled={s.userId === me.data?.id}
                    onClick={() =>
                      confirm(t('sessions.endConfirm', { name: s.userName }), {
                        kind: 'end',
                        session: s,
                      })
                    }
                  >
                    {t('sessions.end')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        <Card title={<h3 className="ms-card-title">{t('sessions.accounts')}</h3>}>
          <Table<User>
            size="small"
            rowKey="id"
            loading={users.isPending}
            dataSource={users.data ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('sessions.user'), dataIndex: 'name' },
              {
                title: t('sessions.changeRole'),
                render: (_, u) => (
                  <Select<Role>
                    size="small"
                    value={u.role}
                    disabled={own(u)}
                    aria-label={`${t('sessions.changeRole')} ${u.name}`}
                    style={{ minWidth: 132 }}
                    options={ROLES.map((r) => ({ value: r, label: t(`user.role.${r}`) }))}
                    onChange={(role) =>
                      confirm(
                        t('sessions.roleConfirm', {
                          name: u.name,
                          role: t(`user.role.${role}`),
                        }),
                        { kind: 'role', user: u, role },
                      )
                    }
                  />
                ),
              },
              { title: t('users.state'), render: (_, u) => <AccountState user={u} /> },
              {
                key: 'totp',
                render: (_, u) =>
                  u.totpEnabled && !own(u) ? (
                    <Button
                      size="small"
                      onClick={() =>
                        confirm(t('sessions.resetTotpConfirm', { name: u.name }), {
                          kind: 'totp',
                          user: u,
                        })
                      }
                    >
                      {t('sessions.resetTotp')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Space>
    </section>
  );
}
