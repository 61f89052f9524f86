/** Each category's mean completion beside the time line, as a chart and as a table. */
import { Card, Table } from 'antd';
import type { Dashboard } from '../../api/types.ts';
import { useIsPhone } from '../../app/use-is-phone.ts';
import { Chart } from '../../components/Chart.tsx';
import { categoryName } from '../../components/category.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

type Row = Dashboard['byCategory'][number];

export function CategoryProgress({ categories }: { categories: Row[] }) {
  const t = useT();
  const f = useFormat();
  const names = categories.map((c) => categoryName(t, c));
  const phone = useIsPhone();
  const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{t('cockpit.categories')}</h3>}>
      <Chart
        label={t('cockpit.categoriesChart')}
        height={Math.max(200, categories.length * 44)}
        option={{
          grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
          legend: { top: 0 },
          tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}%` },
          xAxis: {
            type: 'value',
            max: 100,
            splitNumber: phone ? 2 : 5,
            axisLabel: { formatter: '{value}%' },
          },
          yAxis: {
            type: 'category',
            inverse: true,
            data: names,
            axisLabel: { width: phone ? 84 : 150, overflow: 'truncate' },
          },
          series: [
            {
              name: t('cockpit.completion'),
              type: 'bar',
              data: categories.map((c) => percent(c.progress)),
              itemStyle: { color: '#0958d9' },
            },
            {
              name: t('cockpit.expected'),
              type: 'bar',
              data: categories.map((c) => percent(c.expected)),
              itemStyle: { color: '#bfbfbf' },
            },
          ],
        }}
      />
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={categories}
        columns={[
          { title: t('cockpit.category'), render: (_, c) => categoryName(t, c) },
          {
            title: t('cockpit.completion'),
            align: 'right',
            render: (_, c) => f.percent(c.progress),
          },
          { title: t('cockpit.expected'), align: 'right', render: (_, c) => f.percent(c.expected) },
        ]}
      />
    </Card>
  );
}
