/** Publishing a period as a whole: how many approved reports wait, and one button for all. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Typography } from 'antd';
import { get, post } from '../../api/client.ts';
import type { ItemSummary, PeriodPublication } from '../../api/types.ts';
import { usePlanPeriod } from '../../app/use-plan-period.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

export function PublishPeriod() {
  const t = useT();
  const f = useFormat();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const state = usePlanPeriod();
  const { planId, period } = state;
  const approved = useQuery({
    queryKey: ['items', planId, period?.id, { state: 'approved' }],
    queryFn: () =>
      get<ItemSummary[]>(`/api/plans/${planId}/items`, { period: period?.id, state: 'approved' }),
    enabled: period !== undefined,
  });
  const publish = useMutation({
    mutationFn: () =>
      post<PeriodPublication>(`/api/periods/${period?.id}/publish`, { version: period?.version }),
    onSuccess: (result) => {
      void message.success(
        t('review.publishDone', { moved: result.moved, remaining: result.remaining }),
      );
      void client.invalidateQueries();
    },
  });
  const n = approved.data?.length ?? 0;
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{t('review.publish')}</h3>}>
      <PlanPeriodPicker state={state} />
      <Typography.Paragraph type="secondary" className="ms-small ms-hint">
        {t('review.publishHint')}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('review.approvedCount', { n })}
        {period?.publishedAt &&
          `；${t('review.publishedAt', { at: f.dateTime(period.publishedAt) })}`}
      </Typography.Paragraph>
      {publish.isError && <ErrorNotice error={publish.error} />}
      <Button
        type="primary"
        disabled={n === 0}
        loading={publish.isPending}
        onClick={() =>
          modal.confirm({
            title: t('review.publishConfirm', { n, period: period?.label ?? '' }),
            okText: t('review.publishButton'),
            cancelText: t('common.cancel'),
            onOk: () => publish.mutateAsync(),
          })
        }
      >
        {t('review.publishButton')}
      </Button>
    </Card>
  );
}
