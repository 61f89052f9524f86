/**
 * The office's reminder log for a period: every reminder, to which unit, on which event, and how
 * each channel went; failed ones first. "Remind now" queues one for every unit still owing.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { get, post } from '../../api/client.ts';
import type { Reminder } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { usePlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';

const STATE_COLOR: Record<Reminder['state'], string> = {
  pending: 'processing',
  sent: 'success',
  failed: 'error',
};
const RANK: Record<Reminder['state'], number> = { failed: 0, pending: 1, sent: 2 };
const OUTCOMES = ['sent', 'failed', 'no_address', 'not_configured'] as const;

export default function RemindersScene() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { period, picker } = usePlanPeriodPicker();
  const reminders = useQuery({
    queryKey: ['reminders', period?.id],
    queryFn: () => get<Reminder[]>(`/api/periods/${period?.id}/reminders`),
    enabled: period !== null,
  });
  const remind = useMutation({
    mutationFn: () => post<{ queued: number }>(`/api/periods/${period?.id}/reminders`, {}),
    onSuccess: (r) => {
      void message.success(t('reminder.queued', { n: r.queued }));
      void client.invalidateQueries({ queryKey: ['reminders'] });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const outcome = (value: string | null) =>
    value && (OUTCOMES as readonly string[]).includes(value)
      ? t(`reminder.outcome.${value as (typeof OUTCOMES)[number]}`)
      : '—';
  const event = (value: string) =>
    t(`reminder.event.${value.startsWith('manual') ? 'manual' : (value as 'due')}`);
  const rows = [...(reminders.data ?? [])].sort((a, b) => RANK[a.state] - RANK[b.state]);
  return (
    <section>
      <Typography.Title level={2}>{t('reminder.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {picker}
        <Button
          type="primary"
          disabled={!period?.open}
          loading={remind.isPending}
          onClick={() => remind.mutate()}
        >
          {t('reminder.remindNow')}
        </Button>
      </Space>
      {reminders.isError && (
        <ErrorNotice error={reminders.error} onRetry={() => void reminders.refetch()} />
      )}
      <Table<Reminder>
        rowKey="id"
        size="middle"
        loading={reminders.isPending && period !== null}
        dataSource={rows}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        columns={[
          { title: t('reminder.unit'), dataIndex: 'unit', width: 180 },
          { title: t('reminder.event'), width: 110, render: (_, r) => event(r.event) },
          {
            title: t('reminder.state'),
            width: 100,
            render: (_, r) => (
              <Tag color={STATE_COLOR[r.state]}>{t(`reminder.state.${r.state}`)}</Tag>
            ),
          },
          { title: t('reminder.email'), width: 100, render: (_, r) => outcome(r.emailOutcome) },
          { title: t('reminder.sms'), width: 100, render: (_, r) => outcome(r.smsOutcome) },
          { title: t('reminder.attempts'), dataIndex: 'attempts', width: 90 },
          {
            title: t('reminder.error'),
            render: (_, r) => (
              <Typography.Text type="danger" ellipsis={{ tooltip: r.lastError }}>
                {r.lastError ?? ''}
              </Typography.Text>
            ),
          },
          {
            title: t('reminder.createdAt'),
            width: 150,
            render: (_, r) => r.createdAt.slice(0, 16).replace('T', ' '),
          },
        ]}
      />
    </section>
  );
}
