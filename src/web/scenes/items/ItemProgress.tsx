/** An item's progress this period: what the unit said, what the figures say, each indicator's bar. */
import { Typography } from 'antd';
import type { ItemSummary } from '../../api/types.ts';
import { PaceBar } from '../../components/PaceBar.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

export function ItemProgress({ item }: { item: ItemSummary }) {
  const t = useT();
  const f = useFormat();
  const { report } = item;
  if (!report) return <Typography.Text type="secondary">{t('items.noReport')}</Typography.Text>;
  return (
    <div className="ms-progress">
      <div className="ms-progress-head">
        <StatusTag status={report.assessment} />
        {report.statusLabel && (
          <Typography.Text type="secondary" className="ms-small">
            {t('items.claimed', { label: report.statusLabel })}
          </Typography.Text>
        )}
      </div>
      {item.figures
        .filter((x) => x.completion !== null)
        .map((x) => (
          <div key={x.indicatorId} className="ms-figure">
            <span className="ms-small">
              {x.what} {f.figure(x.actual, x.unit)} / {f.figure(x.target, x.unit)}
            </span>
            <PaceBar
              completion={x.completion}
              expected={report.expected}
              status={x.status}
              label={x.what}
            />
          </div>
        ))}
    </div>
  );
}
