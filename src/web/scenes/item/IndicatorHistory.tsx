/**
 * One indicator across the periods: the figures, the 序时 line in the indicator's own unit and
 * the year-end forecast at the latest pace, charted for counts; a table for every kind.
 */
import { Card, Table, Typography } from 'antd';
import type { ItemDetail } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

type Indicator = ItemDetail['indicators'][number];
type Point = Indicator['history'][number];

export function IndicatorHistory({
  indicator,
  deadline,
}: {
  indicator: Indicator;
  deadline: string;
}) {
  const t = useT();
  const f = useFormat();
  const { history } = indicator;
  const last = history.at(-1);
  const charted = indicator.kind === 'count' && indicator.target !== null && history.length > 0;
  const dates = [...history.map((h) => h.end), ...(last?.end === deadline ? [] : [deadline])];
  const at = (end: string) => dates.indexOf(end);
  return (
    <Card
      size="small"
      className="ms-block"
      title={<h4 className="ms-card-title">{indicator.what}</h4>}
    >
      {charted && (
        <Chart
          label={t('item.historyChart', { what: indicator.what })}
          height={240}
          option={{
            grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
            legend: { top: 0 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: dates.map((d) => f.date(d)) },
            yAxis: { type: 'value', name: indicator.unit },
            series: [
              {
                name: t('item.actual'),
                type: 'line',
                data: history.map((h) => [at(h.end), h.actual]),
                itemStyle: { color: '#0958d9' },
                markLine: {
                  symbol: 'none',
                  label: {
                    position: 'insideEndTop',
                    formatter: `${t('item.target')} ${f.figure(indicator.target, indicator.unit)}`,
                  },
                  lineStyle: { color: '#237804' },
                  data: [{ yAxis: indicator.target ?? 0 }],
                },
              },
              {
                name: t('item.expectedLine'),
                type: 'line',
                data: [
                  ...history.map((h) => [at(h.end), h.expectedActual]),
                  [at(deadline), indicator.target],
                ],
                lineStyle: { type: 'dashed', color: '#8c8c8c' },
                itemStyle: { color: '#8c8c8c' },
              },
              ...(last?.forecast != null
                ? [
                    {
                      name: t('item.forecast'),
                      type: 'line' as const,
                      data: [
                        [at(last.end), last.actual],
                        [at(deadline), Math.round(last.forecast * 100) / 100],
                      ],
                      lineStyle: { type: 'dotted' as const, color: '#ad4e00' },
                      itemStyle: { color: '#ad4e00' },
                    },
                  ]
                : []),
            ],
          }}
        />
      )}
      {history.length === 0 ? (
        <Typography.Text type="secondary">{t('item.noHistory')}</Typography.Text>
      ) : (
        <Table<Point>
          size="small"
          rowKey="periodId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={history}
          columns={[
            { title: t('item.period'), dataIndex: 'label' },
            {
              title: t('item.actual'),
              align: 'right',
              render: (_, h) => f.figure(h.actual, indicator.unit),
            },
            {
              title: t('item.completion'),
              align: 'right',
              render: (_, h) => f.percent(h.completion),
            },
            { title: t('item.expected'), align: 'right', render: (_, h) => f.percent(h.expected) },
            { title: t('item.status'), render: (_, h) => <StatusTag status={h.status} /> },
            {
              title: t('item.forecast'),
              align: 'right',
              render: (_, h) => (h.forecast === null ? '—' : f.figure(h.forecast, indicator.unit)),
            },
          ]}
        />
      )}
    </Card>
  );
}
