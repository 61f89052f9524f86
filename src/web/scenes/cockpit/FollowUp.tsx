/** Whom to chase (催报): reports overdue in open periods, and items without a report this period. */
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types.ts';
import { ReportStateTag } from '../../components/ReportStateTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

export function FollowUp({ overdue, missing }: Pick<Dashboard, 'overdue' | 'missing'>) {
  const t = useT();
  const f = useFormat();
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{t('cockpit.followUp')}</h3>}>
      <h4>{t('cockpit.overdue', { n: overdue.length })}</h4>
      {overdue.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('cockpit.noOverdue')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={overdue}
          renderItem={(o) => (
            <List.Item key={`${o.periodId}-${o.itemId}`}>
              <Link to={`/items/${o.itemId}`}>{t('common.item', { no: o.no })}</Link>
              <span className="ms-small">
                {t('cockpit.overdueLine', { period: o.label, due: f.date(o.dueDate) })}
              </span>
              <ReportStateTag state={o.state} />
            </List.Item>
          )}
        />
      )}
      <h4>{t('cockpit.missing', { n: missing.length })}</h4>
      {missing.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('cockpit.allReported')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={missing}
          renderItem={(m) => (
            <List.Item key={m.itemId}>
              <Link to={`/items/${m.itemId}`}>{t('common.item', { no: m.no })}</Link>
              <span className="ms-small">{m.leadUnit ?? '—'}</span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
