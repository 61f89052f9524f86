/**
 * The office's notice board: every notice of a plan by tier and age, the open ones first; the
 * office issues what the assessment and the deadlines call for, escalates one tier or closes.
 * A leader sees the notices copied to them.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Segmented, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { post } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { Notice, NoticeTier } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { usePlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { NoteModal } from './NoteModal.tsx';
import { NoticeTable } from './NoticeTable.tsx';
import { useNoticeStep, useNotices } from './use-notices.ts';

const TIER_RANK: Record<NoticeTier, number> = { red: 0, yellow: 1, blue: 2 };
const OPEN = new Set(['issued', 'signed', 'answered']);

export default function NoticeBoardScene() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const me = useMe().data;
  const { planId, picker } = usePlanPeriodPicker({ needPeriod: false });
  const notices = useNotices(planId);
  const step = useNoticeStep();
  const client = useQueryClient();
  const [tier, setTier] = useState<NoticeTier | 'all'>('all');
  const [openOnly, setOpenOnly] = useState(true);
  const [acting, setActing] = useState<{ notice: Notice; step: 'close' | 'escalate' } | null>(null);
  const generate = useMutation({
    mutationFn: () => post<{ issued: number }>(`/api/plans/${planId}/notices/generate`),
    onSuccess: (r) => {
      void message.success(t('notice.generated', { n: r.issued }));
      void client.invalidateQueries({ queryKey: ['notices'] });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const shown = (notices.data ?? [])
    .filter((n) => (tier === 'all' || n.tier === tier) && (!openOnly || OPEN.has(n.state)))
    .sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier] || a.issuedAt.localeCompare(b.issuedAt));
  const office = me?.role === 'admin';
  return (
    <section>
      <Typography.Title level={2}>{t('notice.board')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {picker}
        <Segmented
          value={tier}
          onChange={(v) => setTier(v as NoticeTier | 'all')}
          options={[
            { value: 'all', label: t('notice.allTiers') },
            ...(['red', 'yellow', 'blue'] as const).map((x) => ({
              value: x,
              label: t(`notice.tier.${x}`),
            })),
          ]}
        />
        <Switch checked={openOnly} onChange={setOpenOnly} /> {t('notice.openOnly')}
        {office && (
          <Button type="primary" loading={generate.isPending} onClick={() => generate.mutate()}>
            {t('notice.generate')}
          </Button>
        )}
      </Space>
      {notices.isError && (
        <ErrorNotice error={notices.error} onRetry={() => void notices.refetch()} />
      )}
      <NoticeTable
        notices={shown}
        loading={notices.isPending}
        actions={(n) =>
          office && OPEN.has(n.state) ? (
            <Space>
              {n.state === 'answered' && (
                <Button size="small" onClick={() => setActing({ notice: n, step: 'close' })}>
                  {t('notice.close')}
                </Button>
              )}
              {n.tier !== 'red' && (
                <Button
                  size="small"
                  danger
                  onClick={() => setActing({ notice: n, step: 'escalate' })}
                >
                  {t('notice.escalate')}
                </Button>
              )}
            </Space>
          ) : null
        }
      />
      <NoteModal
        open={acting !== null}
        title={acting ? t(`notice.${acting.step}`) : ''}
        busy={step.isPending}
        onCancel={() => setActing(null)}
        onSubmit={(values) => {
          if (!acting) return;
          step.mutate(
            {
              notice: acting.notice,
              step: acting.step,
              body: values.note ? { note: values.note } : {},
            },
            {
              onSuccess: () => setActing(null),
              onError: (e) => void message.error(errorText(e)),
            },
          );
        }}
      />
    </section>
  );
}
