/** Where the user is signed in, this browser marked, and signing out everywhere else. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Table, Tag } from 'antd';
import { get, post } from '../../api/client.ts';
import type { OwnSession } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

export function OwnSessions() {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const sessions = useQuery({
    queryKey: ['own-sessions'],
    queryFn: () => get<OwnSession[]>('/api/auth/sessions'),
  });
  const endOthers = useMutation({
    mutationFn: () => post<{ ended: number }>('/api/auth/sessions/end-others'),
    onSuccess: ({ ended }) => {
      void message.success(t('account.sessions.ended', { n: ended }));
      void sessions.refetch();
    },
  });
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <Card
      title={<h3 className="ms-card-title">{t('account.sessions')}</h3>}
      extra={
        <Button
          onClick={() => endOthers.mutate()}
          loading={endOthers.isPending}
          disabled={others === 0}
        >
          {t('account.sessions.endOthers')}
        </Button>
      }
    >
      {sessions.isError && <ErrorNotice error={sessions.error} />}
      {endOthers.isError && <ErrorNotice error={endOthers.error} />}
      <Table<OwnSession>
        size="small"
        rowKey="id"
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('account.sessions.started'),
            render: (_, s) => (
              <>
                {format.dateTime(s.createdAt)}{' '}
                {s.current && <Tag color="blue">{t('account.sessions.current')}</Tag>}
              </>
            ),
          },
          {
            title: t('account.sessions.lastSeen'),
            render: (_, s) => format.dateTime(s.lastSeenAt),
          },
          { title: t('account.sessions.address'), render: (_, s) => s.address ?? '—' },
          {
            title: t('account.sessions.browser'),
            render: (_, s) => <span className="ms-agent">{s.userAgent ?? '—'}</span>,
          },
        ]}
      />
    </Card>
  );
}
