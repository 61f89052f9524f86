/** The plans in the system, newest year first: where every other page's plan comes from. */
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { get } from '../../api/client.ts';
import type { Plan } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';

export default function PlansScene() {
  const t = useT();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => get<Plan[]>('/api/plans') });
  return (
    <section>
      <Typography.Title level={2}>{t('plans.title')}</Typography.Title>
      {plans.isError && <ErrorNotice error={plans.error} onRetry={() => void plans.refetch()} />}
      <Table<Plan>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        pagination={false}
        columns={[
          { title: t('plans.title'), dataIndex: 'title' },
          { title: t('plans.year'), dataIndex: 'year', width: 90 },
          { title: t('plans.jurisdiction'), dataIndex: 'jurisdiction', width: 140 },
          { title: t('plans.items'), dataIndex: 'declaredItemCount', width: 90 },
        ]}
      />
    </section>
  );
}
