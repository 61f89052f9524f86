/**
 * The plans in the system, newest year first, each with its reporting periods. The office
 * adds and corrects plans and periods here, opens and closes periods, sets due dates, and
 * withdraws a period's publication.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../api/session.ts';
import type { Plan } from '../../api/types.ts';
import { plansQuery } from '../../app/use-plan-period.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { PeriodsTable } from './PeriodsTable.tsx';
import { PlanForm } from './PlanForm.tsx';

export default function PlansScene() {
  const t = useT();
  const admin = useMe().data?.role === 'admin';
  const plans = useQuery(plansQuery);
  const [editing, setEditing] = useState<Plan | null | undefined>(undefined);
  return (
    <section className="ms-page">
      <div className="ms-page-head">
        <Typography.Title level={2}>{t('plans.title')}</Typography.Title>
        {admin && (
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('plans.add')}
          </Button>
        )}
      </div>
      {plans.isError && <ErrorNotice error={plans.error} onRetry={() => void plans.refetch()} />}
      <Table<Plan>
        // Remounted once the plans arrive, so the newest plan opens with its periods.
        key={plans.data ? 'loaded' : 'loading'}
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          defaultExpandedRowKeys: plans.data?.[0] ? [plans.data[0].id] : [],
          expandedRowRender: (plan) => <PeriodsTable planId={plan.id} admin={admin} />,
        }}
        columns={[
          { title: t('plans.title'), dataIndex: 'title' },
          { title: t('plans.year'), dataIndex: 'year', width: 90 },
          { title: t('plans.jurisdiction'), dataIndex: 'jurisdiction', width: 140 },
          { title: t('plans.items'), dataIndex: 'declaredItemCount', width: 90 },
          ...(admin
            ? [
                {
                  key: 'edit',
                  width: 90,
                  render: (_: unknown, plan: Plan) => (
                    <Button type="link" onClick={() => setEditing(plan)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PlanForm
        open={editing !== undefined}
        plan={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
    </section>
  );
}
