/**
 * The plan and period a page shows, kept in its address (?plan=&period=) so every view has its
 * own URL and the back button returns to the previous one. Without them: the newest plan, and
 * the period the server picks for the caller.
 */
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { get } from '../api/client.ts';
import type { Period, Plan } from '../api/types.ts';

const idOf = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export const plansQuery = { queryKey: ['plans'], queryFn: () => get<Plan[]>('/api/plans') };

export const periodsQuery = (planId: number | undefined) => ({
  queryKey: ['periods', planId],
  queryFn: () => get<Period[]>(`/api/plans/${planId}/periods`),
  enabled: planId !== undefined,
});

export function usePlanPeriod() {
  const [params, setParams] = useSearchParams();
  const plans = useQuery(plansQuery);
  const planId = idOf(params.get('plan')) ?? plans.data?.[0]?.id;
  const asked = idOf(params.get('period'));
  const periods = useQuery(periodsQuery(planId));
  const fallback = useQuery({
    queryKey: ['default-period', planId],
    queryFn: () => get<{ periodId: number | null }>(`/api/plans/${planId}/default-period`),
    enabled: planId !== undefined && asked === undefined,
  });
  const periodId = asked ?? fallback.data?.periodId ?? undefined;
  /** Changes some of the address's values (a new history entry); null removes one. */
  const setQuery = (changes: Record<string, string | number | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes))
        if (value === null || value === '') next.delete(key);
        else next.set(key, String(value));
      return next;
    });
  return {
    params,
    setQuery,
    plans: plans.data ?? [],
    periods: periods.data ?? [],
    planId,
    periodId,
    plan: plans.data?.find((p) => p.id === planId),
    period: periods.data?.find((p) => p.id === periodId),
    pending:
      plans.isPending ||
      (planId !== undefined && (periods.isPending || (asked === undefined && fallback.isPending))),
    error: plans.error ?? periods.error ?? fallback.error,
    setPlan: (id: number) => setQuery({ plan: id, period: null }),
    setPeriod: (id: number) => setQuery({ plan: planId ?? null, period: id }),
  };
}

export type PlanPeriod = ReturnType<typeof usePlanPeriod>;
