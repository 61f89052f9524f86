/** The item list's filters and Chinese search, every one labelled and kept in the address. */
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select } from 'antd';
import { STATUS_ORDER, STATUS_WORDS } from '../../../core/labels.ts';
import { get } from '../../api/client.ts';
import type { Category, Named, Unit } from '../../api/types.ts';
import type { PlanPeriod } from '../../app/use-plan-period.ts';
import { categoryName } from '../../components/category.ts';
import { Field } from '../../components/Field.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

/** The address keys the list reads, with the API query names they become. */
export const FILTERS = ['category', 'leader', 'unit', 'assessment', 'q'] as const;

export function ItemFilters({ state }: { state: PlanPeriod }) {
  const t = useT();
  const { lang } = useLang();
  const { params, setQuery, planId } = state;
  const categories = useQuery({
    queryKey: ['categories', planId],
    queryFn: () => get<Category[]>(`/api/plans/${planId}/categories`),
    enabled: planId !== undefined,
  });
  const leaders = useQuery({ queryKey: ['leaders'], queryFn: () => get<Named[]>('/api/leaders') });
  const units = useQuery({ queryKey: ['units'], queryFn: () => get<Unit[]>('/api/units') });
  const select = (key: string, label: MessageKey, options: { value: string; label: string }[]) => (
    <Field label={t(label)} key={key}>
      {(id) => (
        <Select
          id={id}
          className="ms-filter"
          aria-label={t(label)}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('items.all')}
          value={params.get(key) ?? undefined}
          onChange={(value: string | undefined) => setQuery({ [key]: value ?? null })}
          options={options}
          popupMatchSelectWidth={false}
        />
      )}
    </Field>
  );
  return (
    <div className="ms-filters">
      {select(
        'category',
        'items.filterCategory',
        (categories.data ?? []).map((c) => ({ value: String(c.id), label: categoryName(t, c) })),
      )}
      {select(
        'leader',
        'items.filterLeader',
        (leaders.data ?? []).map((l) => ({ value: String(l.id), label: l.name })),
      )}
      {select(
        'unit',
        'items.filterUnit',
        (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name })),
      )}
      {select(
        'assessment',
        'items.filterStatus',
        STATUS_ORDER.map((s) => ({ value: s, label: STATUS_WORDS[s][lang] })),
      )}
      <Field label={t('items.search')} className="ms-search">
        {(id) => (
          <Input.Search
            id={id}
            aria-label={t('items.search')}
            placeholder={t('items.searchPlaceholder')}
            defaultValue={params.get('q') ?? ''}
            key={params.get('q') ?? ''}
            allowClear
            onSearch={(q) => setQuery({ q: q.trim() || null })}
          />
        )}
      </Field>
      {FILTERS.some((k) => params.get(k)) && (
        <Button
          type="link"
          onClick={() => setQuery(Object.fromEntries(FILTERS.map((k) => [k, null])))}
        >
          {t('items.clear')}
        </Button>
      )}
    </div>
  );
}
