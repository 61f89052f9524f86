/**
 * Which plan and period a page is about: the plans from the API, the latest plan first, and its
 * periods with the open ones first. Pages keep the choice in the URL (?plan=&period=), so a
 * link or a reload shows the same thing.
 */
import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { get } from '../api/client.ts';
import type { Period, Plan } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

export interface PlanPeriod {
  planId: number | null;
  period: Period | null;
  picker: ReactNode;
}

/** The chosen plan and period, and the two selects that change them. */
export function usePlanPeriod(options: { needPeriod?: boolean } = {}): PlanPeriod {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => get<Plan[]>('/api/plans') });
  const planId = Number(params.get('plan')) || plans.data?.[0]?.id || null;
  const periods = useQuery({
    queryKey: ['periods', planId],
    queryFn: () => get<Period[]>(`/api/plans/${planId}/periods`),
    enabled: planId !== null && options.needPeriod !== false,
  });
  const ordered = [...(periods.data ?? [])].sort((a, b) => Number(b.open) - Number(a.open));
  const period = ordered.find((p) => p.id === Number(params.get('period'))) ?? ordered[0] ?? null;
  const choose = (key: 'plan' | 'period', value: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, String(value));
      if (key === 'plan') next.delete('period');
      return next;
    });
  const picker = (
    <Space wrap>
      <Select
        aria-label={t('picker.plan')}
        style={{ minWidth: 240, maxWidth: '100%' }}
        loading={plans.isPending}
        value={planId ?? undefined}
        options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
        onChange={(value: number) => choose('plan', value)}
      />
      {options.needPeriod !== false && (
        <Select
          aria-label={t('picker.period')}
          style={{ minWidth: 140 }}
          loading={periods.isPending}
          value={period?.id}
          options={ordered.map((p) => ({
            value: p.id,
            label: p.open ? `${p.label}（${t('picker.open')}）` : p.label,
          }))}
          onChange={(value: number) => choose('period', value)}
        />
      )}
    </Space>
  );
  return { planId, period, picker };
}
