/** Items by assessed status, as a chart and as text (the text is what a screen reader reads). */
import { Card, Typography } from 'antd';
import { STATUS_ORDER, STATUS_WORDS } from '../../../core/labels.ts';
import type { Dashboard } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { STATUS_LOOK } from '../../components/status.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';

export function StatusSummary({ dashboard: d }: { dashboard: Dashboard }) {
  const t = useT();
  const { lang } = useLang();
  const rows = STATUS_ORDER.map((status) => ({
    status,
    word: STATUS_WORDS[status][lang],
    n: d.byAssessment[status] ?? 0,
    ...STATUS_LOOK[status],
  }));
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{t('cockpit.status')}</h3>}>
      <Chart
        label={t('cockpit.statusChart')}
        height={200}
        option={{
          grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', inverse: true, data: rows.map((r) => `${r.mark} ${r.word}`) },
          tooltip: { trigger: 'axis' },
          series: [
            {
              type: 'bar',
              data: rows.map((r) => ({ value: r.n, itemStyle: { color: r.color } })),
              label: { show: true, position: 'right' },
            },
          ],
        }}
      />
      <ul className="ms-counts">
        {rows.map((r) => (
          <li key={r.status} data-status={r.status}>
            <span style={{ color: r.color }} aria-hidden="true">
              {r.mark}
            </span>{' '}
            {r.word} <strong>{t('common.items', { n: r.n })}</strong>
          </li>
        ))}
      </ul>
      <Typography.Text type="secondary">
        {t('cockpit.ofItems', { n: d.items })}
        {d.unreported > 0 && `，${t('cockpit.unreported', { n: d.unreported })}`}
      </Typography.Text>
    </Card>
  );
}
