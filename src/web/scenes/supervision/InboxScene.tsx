/**
 * A unit's inbox: the notices addressed to it (sign for, then answer with measures and a date)
 * and the reminders it was sent for the chosen period.
 */
import { useQuery } from '@tanstack/react-query';
import { App, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { get } from '../../api/client.ts';
import type { Notice, Reminder } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { usePlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { NoteModal } from './NoteModal.tsx';
import { NoticeTable } from './NoticeTable.tsx';
import { useNoticeStep, useNotices } from './use-notices.ts';

export default function InboxScene() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { planId, period, picker } = usePlanPeriodPicker();
  const notices = useNotices(planId);
  const step = useNoticeStep();
  const [answering, setAnswering] = useState<Notice | null>(null);
  const reminders = useQuery({
    queryKey: ['reminders', period?.id],
    queryFn: () => get<Reminder[]>(`/api/periods/${period?.id}/reminders`),
    enabled: period !== null,
  });
  const fail = (e: unknown) => void message.error(errorText(e));
  return (
    <section>
      <Typography.Title level={2}>{t('notice.inbox')}</Typography.Title>
      <div style={{ marginBottom: 16 }}>{picker}</div>
      {notices.isError && (
        <ErrorNotice error={notices.error} onRetry={() => void notices.refetch()} />
      )}
      <NoticeTable
        notices={notices.data ?? []}
        loading={notices.isPending}
        actions={(n) =>
          n.state === 'issued' ? (
            <Button
              size="small"
              type="primary"
              loading={step.isPending}
              onClick={() => step.mutate({ notice: n, step: 'sign' }, { onError: fail })}
            >
              {t('notice.sign')}
            </Button>
          ) : n.state === 'signed' ? (
            <Button size="small" type="primary" onClick={() => setAnswering(n)}>
              {t('notice.answer')}
            </Button>
          ) : null
        }
      />
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t('reminder.mine')}
      </Typography.Title>
      <List<Reminder>
        loading={reminders.isPending && period !== null}
        dataSource={reminders.data ?? []}
        locale={{ emptyText: t('common.none') }}
        renderItem={(r) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag>{r.createdAt.slice(0, 10)}</Tag>
                  {r.subject}
                </Space>
              }
              description={<pre className="ms-reminder-body">{r.body}</pre>}
            />
          </List.Item>
        )}
      />
      <NoteModal
        answer
        open={answering !== null}
        title={t('notice.answer')}
        busy={step.isPending}
        onCancel={() => setAnswering(null)}
        onSubmit={(values) => {
          if (!answering) return;
          step.mutate(
            {
              notice: answering,
              step: 'answer',
              body: {
                measures: values.measures,
                promisedDate: values.promisedDate?.format('YYYY-MM-DD'),
              },
            },
            { onSuccess: () => setAnswering(null), onError: fail },
          );
        }}
      />
    </section>
  );
}
