/**
 * The plan's items as the office's table prints them (大类, 序号, 工作任务, 分管市领导,
 * 责任单位/责任人, 进展情况), filtered and searched through the API; a list of cards on a phone.
 */
import { useQuery } from '@tanstack/react-query';
import { Card, List, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { get } from '../../api/client.ts';
import type { ItemSummary } from '../../api/types.ts';
import { useIsPhone } from '../../app/use-is-phone.ts';
import { usePlanPeriod } from '../../app/use-plan-period.ts';
import { categoryName } from '../../components/category.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { FILTERS, ItemFilters } from './ItemFilters.tsx';
import { ItemProgress } from './ItemProgress.tsx';

/** Rows a merged category cell spans, as in the printed table: the first row of a run spans it. */
function categorySpans(items: ItemSummary[]): number[] {
  return items.map((item, i) => {
    if (i > 0 && items[i - 1]?.category.id === item.category.id) return 0;
    let span = 1;
    while (items[i + span]?.category.id === item.category.id) span++;
    return span;
  });
}

function People({ item }: { item: ItemSummary }) {
  return (
    <ul className="ms-people">
      {item.responsibilities.map((r) => (
        <li key={`${r.unitId}-${r.person}`}>
          {r.unit}
          {r.person && <span className="ms-person"> {r.person}</span>}
        </li>
      ))}
    </ul>
  );
}

export default function ItemsScene() {
  const t = useT();
  const phone = useIsPhone();
  const state = usePlanPeriod();
  const { planId, periodId, params } = state;
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
  const items = useQuery({
    queryKey: ['items', planId, periodId, filters],
    queryFn: () =>
      get<ItemSummary[]>(`/api/plans/${planId}/items`, { period: periodId, ...filters }),
    enabled: planId !== undefined && !state.pending,
  });
  const rows = items.data ?? [];
  const spans = categorySpans(rows);
  const link = (item: ItemSummary) => `/items/${item.id}${periodId ? `?period=${periodId}` : ''}`;
  return (
    <section className="ms-page">
      <div className="ms-page-head">
        <Typography.Title level={2}>{t('items.title')}</Typography.Title>
        <PlanPeriodPicker state={state} />
      </div>
      <ItemFilters state={state} />
      {(state.error || items.error) && <ErrorNotice error={state.error ?? items.error} />}
      <Typography.Paragraph type="secondary" aria-live="polite">
        {items.data && t('items.count', { n: rows.length })}
      </Typography.Paragraph>
      {phone ? (
        <List
          loading={items.isPending}
          dataSource={rows}
          renderItem={(item) => (
            <List.Item key={item.id}>
              <Card
                className="ms-item-card"
                size="small"
                title={
                  <Link to={link(item)}>
                    {t('common.item', { no: item.no })} · {categoryName(t, item.category)}
                  </Link>
                }
              >
                <Typography.Paragraph ellipsis={{ rows: 3 }}>{item.task}</Typography.Paragraph>
                <Typography.Paragraph className="ms-small" type="secondary">
                  {t('items.leaders')}：{item.leaders.map((l) => l.name).join('、') || '—'}
                </Typography.Paragraph>
                <People item={item} />
                <ItemProgress item={item} />
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<ItemSummary>
          rowKey="id"
          bordered
          loading={items.isPending}
          dataSource={rows}
          pagination={false}
          columns={[
            {
              title: t('items.category'),
              key: 'category',
              width: 130,
              onCell: (_, i) => ({ rowSpan: spans[i ?? 0] ?? 1 }),
              render: (_, item) => categoryName(t, item.category),
            },
            { title: t('items.no'), dataIndex: 'no', width: 60, align: 'center' },
            {
              title: t('items.task'),
              key: 'task',
              render: (_, item) => <Link to={link(item)}>{item.task}</Link>,
            },
            {
              title: t('items.leaders'),
              key: 'leaders',
              width: 100,
              render: (_, item) => item.leaders.map((l) => <div key={l.id}>{l.name}</div>),
            },
            {
              title: t('items.units'),
              key: 'units',
              width: 200,
              render: (_, item) => <People item={item} />,
            },
            {
              title: t('items.progress'),
              key: 'progress',
              width: 340,
              render: (_, item) => <ItemProgress item={item} />,
            },
          ]}
        />
      )}
    </section>
  );
}
