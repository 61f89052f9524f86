/** The cockpit's first list: the items whose label says on schedule while the figures say behind. */
import { Alert, Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types.ts';
import { PaceBar } from '../../components/PaceBar.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';

export function DiscrepancyList({ discrepancies }: { discrepancies: Dashboard['discrepancies'] }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLang();
  if (discrepancies.length === 0)
    return (
      <Alert className="ms-block" type="success" showIcon title={t('cockpit.discrepanciesNone')} />
    );
  return (
    <Card
      className="ms-block ms-discrepancies"
      title={
        <h3 className="ms-card-title">{t('cockpit.discrepancies', { n: discrepancies.length })}</h3>
      }
    >
      <List
        itemLayout="vertical"
        dataSource={discrepancies}
        renderItem={(d) => (
          <List.Item key={d.itemId}>
            <div className="ms-discrepancy-head">
              <Link to={`/items/${d.itemId}`} className="ms-item-link">
                {t('common.item', { no: d.no })}
              </Link>
              <StatusTag status={d.status} />
              {d.statusLabel && (
                <Typography.Text type="secondary">
                  {t('cockpit.claimed', { label: d.statusLabel })}
                </Typography.Text>
              )}
            </div>
            <Typography.Paragraph ellipsis={{ rows: 2 }} className="ms-task">
              {d.task}
            </Typography.Paragraph>
            {d.decidedBy && (
              <div className="ms-decided">
                <Typography.Text strong>
                  {t('cockpit.decidedBy', {
                    what: d.decidedBy.what,
                    actual: f.figure(d.decidedBy.actual, d.decidedBy.unit),
                    target: f.figure(d.decidedBy.target, d.decidedBy.unit),
                  })}
                </Typography.Text>
                <PaceBar
                  completion={d.decidedBy.completion}
                  expected={d.decidedBy.expected}
                  status={d.status}
                  label={d.decidedBy.what}
                />
              </div>
            )}
            <Typography.Paragraph type="secondary" className="ms-small">
              {lang === 'zh' ? d.message : d.messageEn}
            </Typography.Paragraph>
            {d.explanation && (
              <Typography.Paragraph className="ms-small">
                {t('cockpit.explanation', { text: d.explanation })}
              </Typography.Paragraph>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
