/**
 * The office's list of target-change requests: what would change, why, on which document; the
 * office approves or rejects each. The item page shows the ledger of one item.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { get, post } from '../../api/client.ts';
import type { TargetChange } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { usePlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';

const STATE_COLOR: Record<TargetChange['state'], string> = {
  requested: 'processing',
  approved: 'success',
  rejected: 'default',
};

const value = (v: TargetChange['from']) =>
  v.targetText ??
  (v.target !== undefined ? String(v.target) : undefined) ??
  v.deadline ??
  v.unit ??
  '—';

export default function TargetChangesScene() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { planId, picker } = usePlanPeriodPicker({ needPeriod: false });
  const changes = useQuery({
    queryKey: ['target-changes', planId],
    queryFn: () => get<TargetChange[]>(`/api/plans/${planId}/target-changes`),
    enabled: planId !== null,
  });
  const decide = useMutation({
    mutationFn: ({ change, decision }: { change: TargetChange; decision: 'approve' | 'reject' }) =>
      post<TargetChange>(`/api/target-changes/${change.id}/${decision}`, {
        version: change.version,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['target-changes'] }),
    onError: (e) => void message.error(errorText(e)),
  });
  const rows = [...(changes.data ?? [])].sort(
    (a, b) => Number(b.state === 'requested') - Number(a.state === 'requested') || b.id - a.id,
  );
  return (
    <section>
      <Typography.Title level={2}>{t('change.title')}</Typography.Title>
      <div style={{ marginBottom: 16 }}>{picker}</div>
      {changes.isError && (
        <ErrorNotice error={changes.error} onRetry={() => void changes.refetch()} />
      )}
      <Table<TargetChange>
        rowKey="id"
        size="middle"
        loading={changes.isPending}
        dataSource={rows}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('notice.item'),
            width: 90,
            render: (_, c) => <Link to={`/items/${c.itemId}`}>#{c.itemId}</Link>,
          },
          {
            title: t('sv.state'),
            width: 110,
            render: (_, c) => (
              <Tag color={STATE_COLOR[c.state]}>{t(`change.state.${c.state}`)}</Tag>
            ),
          },
          {
            title: t('change.fromTo'),
            width: 220,
            render: (_, c) => `${t(`change.kind.${c.kind}`)}：${value(c.from)} → ${value(c.to)}`,
          },
          { title: t('change.reason'), dataIndex: 'reason' },
          { title: t('change.documentRef'), dataIndex: 'documentRef', width: 180 },
          { title: t('change.requestedBy'), dataIndex: 'requestedBy', width: 110 },
          {
            title: t('sv.actions'),
            width: 190,
            render: (_, c) =>
              c.state === 'requested' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => decide.mutate({ change: c, decision: 'approve' })}
                  >
                    {t('change.approve')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => decide.mutate({ change: c, decision: 'reject' })}
                  >
                    {t('change.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </section>
  );
}
