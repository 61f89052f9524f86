/**
 * Contributions for a period: for each item the caller works on, every unit's part (the lead
 * unit and the office see all, a co-unit its own) and who is still missing. A co-unit files its
 * part here; the lead unit composes the item's report from them and edits it on the item page.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { get, post } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { Contribution, ItemContributions, Report } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { usePlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ContributionForm } from './ContributionForm.tsx';

const COMPOSABLE = new Set(['draft', 'returned']);

export default function ContributionsScene() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const me = useMe().data;
  const { period, picker } = usePlanPeriodPicker();
  const [editing, setEditing] = useState<{ itemId: number; current: Contribution | null } | null>(
    null,
  );
  const items = useQuery({
    queryKey: ['contributions', period?.id],
    queryFn: () => get<ItemContributions[]>(`/api/periods/${period?.id}/contributions`),
    enabled: period !== null,
  });
  const compose = useMutation({
    mutationFn: async (reportId: number) => {
      const report = await get<Report>(`/api/reports/${reportId}`);
      return post<{ conflicts: { indicatorId: number }[] }>(`/api/reports/${reportId}/compose`, {
        version: report.version,
      });
    },
    onSuccess: (r) => {
      void message.success(t('contrib.composed'));
      if (r.conflicts.length > 0)
        void message.warning(
          t('contrib.conflicts', { list: r.conflicts.map((c) => `#${c.indicatorId}`).join('、') }),
        );
      void client.invalidateQueries({ queryKey: ['contributions'] });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <section>
      <Typography.Title level={2}>{t('contrib.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('contrib.hint')}</Typography.Paragraph>
      <div style={{ marginBottom: 16 }}>{picker}</div>
      {items.isError && <ErrorNotice error={items.error} onRetry={() => void items.refetch()} />}
      {items.data?.length === 0 && <Empty description={t('contrib.empty')} />}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {(items.data ?? []).map((item) => {
          const lead = me?.role === 'admin' || (me?.unitId ?? -1) === item.leadUnitId;
          const mine = item.contributions.find((c) => c.unitId === me?.unitId) ?? null;
          const coUnit = me?.role === 'reporter' && !lead;
          return (
            <Card
              key={item.itemId}
              size="small"
              title={
                <Link to={`/items/${item.itemId}`}>
                  {item.no}. {item.task}
                </Link>
              }
              extra={
                <Tag>
                  {t('contrib.report')}：
                  {item.reportState
                    ? t(`contrib.reportState.${item.reportState as Report['state']}`)
                    : t('contrib.noReport')}
                </Tag>
              }
            >
              <Table<Contribution>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={item.contributions}
                scroll={{ x: 600 }}
                locale={{ emptyText: t('common.none') }}
                columns={[
                  { title: t('contrib.unit'), dataIndex: 'unit', width: 150 },
                  {
                    title: t('sv.state'),
                    width: 90,
                    render: (_, c) => (
                      <Tag color={c.state === 'submitted' ? 'success' : 'default'}>
                        {t(`contrib.state.${c.state}`)}
                      </Tag>
                    ),
                  },
                  { title: t('contrib.points'), render: (_, c) => c.points.join('；') },
                  {
                    title: t('contrib.figures'),
                    width: 140,
                    render: (_, c) => c.actuals.map((a) => a.actual ?? '—').join('，'),
                  },
                ]}
              />
              <Space wrap style={{ marginTop: 8 }}>
                {item.missing.length === 0 ? (
                  <Tag color="success">{t('contrib.none')}</Tag>
                ) : (
                  <>
                    <Typography.Text type="warning">{t('contrib.missing')}：</Typography.Text>
                    {item.missing.map((u) => (
                      <Tag key={u.unitId} color="warning">
                        {u.unit}
                      </Tag>
                    ))}
                  </>
                )}
                {coUnit && period?.open && (
                  <Button
                    size="small"
                    onClick={() => setEditing({ itemId: item.itemId, current: mine })}
                  >
                    {mine ? t('contrib.editMine') : t('contrib.mine')}
                  </Button>
                )}
                {lead && item.reportId !== null && COMPOSABLE.has(item.reportState ?? '') && (
                  <Button
                    size="small"
                    type="primary"
                    loading={compose.isPending}
                    disabled={!item.contributions.some((c) => c.state === 'submitted')}
                    onClick={() => compose.mutate(item.reportId as number)}
                  >
                    {t('contrib.compose')}
                  </Button>
                )}
              </Space>
            </Card>
          );
        })}
      </Space>
      {period !== null && editing && (
        <ContributionForm
          itemId={editing.itemId}
          periodId={period.id}
          current={editing.current}
          onClose={() => setEditing(null)}
        />
      )}
      {!period && !items.isPending && <Alert type="info" title={t('contrib.empty')} />}
    </section>
  );
}
