/**
 * A plan's reporting periods for the office: add one (label, start, end, due date), change the
 * due date, open or close it, and withdraw a publication with a reason. Others read the list.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Space, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { patch, post } from '../../api/client.ts';
import type { Period } from '../../api/types.ts';
import { periodsQuery } from '../../app/use-plan-period.ts';
import { TextModal } from '../../components/TextModal.tsx';
import { useAdminSave } from '../../components/use-admin-save.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { PeriodForm } from './PeriodForm.tsx';

export function PeriodsTable({ planId, admin }: { planId: number; admin: boolean }) {
  const t = useT();
  const f = useFormat();
  const periods = useQuery(periodsQuery(planId));
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Period | null>(null);
  const reload = [['periods', planId]];
  const change = useAdminSave(
    (input: { period: Period; dueDate?: string | null; open?: boolean }) =>
      patch<Period>(`/api/periods/${input.period.id}`, {
        version: input.period.version,
        ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
        ...(input.open !== undefined ? { open: input.open } : {}),
      }),
    reload,
  );
  const withdraw = useAdminSave(
    (input: { period: Period; reason: string }) =>
      post(`/api/periods/${input.period.id}/unpublish`, {
        version: input.period.version,
        reason: input.reason,
      }),
    [...reload, ['items'], ['dashboard']],
  );
  return (
    <div className="ms-periods">
      <Table<Period>
        size="small"
        rowKey="id"
        pagination={false}
        loading={periods.isPending}
        dataSource={periods.data ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('plans.period'), dataIndex: 'label' },
          { title: t('plans.span'), render: (_, p) => `${f.date(p.start)} — ${f.date(p.end)}` },
          {
            title: t('plans.due'),
            render: (_, p) =>
              admin ? (
                <DatePicker
                  aria-label={t('plans.dueOf', { period: p.label })}
                  value={p.dueDate ? dayjs(p.dueDate) : null}
                  format={(d) => f.date(d.format('YYYY-MM-DD'))}
                  onChange={(d) =>
                    change.mutate({ period: p, dueDate: d ? d.format('YYYY-MM-DD') : null })
                  }
                />
              ) : (
                f.date(p.dueDate)
              ),
          },
          {
            title: t('plans.open'),
            render: (_, p) =>
              admin ? (
                <Switch
                  checked={p.open}
                  checkedChildren={t('plans.isOpen')}
                  unCheckedChildren={t('plans.isClosed')}
                  aria-label={t('plans.openOf', { period: p.label })}
                  onChange={(open) => change.mutate({ period: p, open })}
                />
              ) : p.open ? (
                t('plans.isOpen')
              ) : (
                t('plans.isClosed')
              ),
          },
          {
            title: t('plans.published'),
            render: (_, p) =>
              p.publishedAt ? (
                <Space>
                  <Tag color="success">{f.dateTime(p.publishedAt)}</Tag>
                  {admin && (
                    <Button size="small" danger onClick={() => setWithdrawing(p)}>
                      {t('plans.unpublish')}
                    </Button>
                  )}
                </Space>
              ) : (
                t('plans.notPublished')
              ),
          },
        ]}
      />
      {admin && (
        <Button className="ms-top-gap" onClick={() => setAdding(true)}>
          {t('plans.addPeriod')}
        </Button>
      )}
      <PeriodForm planId={planId} open={adding} onClose={() => setAdding(false)} />
      <TextModal
        open={withdrawing !== null}
        title={t('plans.unpublishTitle', { period: withdrawing?.label ?? '' })}
        label={t('plans.unpublishReason')}
        multiline
        onOk={(reason) =>
          withdrawing ? withdraw.mutateAsync({ period: withdrawing, reason }) : Promise.resolve()
        }
        onClose={() => setWithdrawing(null)}
      />
    </div>
  );
}
