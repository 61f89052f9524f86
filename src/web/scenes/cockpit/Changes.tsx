/** What changed since the previous period: items whose assessment moved, in words and arrows. */
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types.ts';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

const CHANGE: Record<Dashboard['changes'][number]['change'], { key: MessageKey; mark: string }> = {
  new: { key: 'cockpit.change.new', mark: '＋' },
  better: { key: 'cockpit.change.better', mark: '↑' },
  worse: { key: 'cockpit.change.worse', mark: '↓' },
  changed: { key: 'cockpit.change.changed', mark: '↔' },
};

export function Changes({
  previous,
  changes,
}: {
  previous: Dashboard['previousPeriod'];
  changes: Dashboard['changes'];
}) {
  const t = useT();
  const f = useFormat();
  const title = previous
    ? t('cockpit.changes', { period: previous.label })
    : t('cockpit.changesTitle');
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{title}</h3>}>
      {!previous ? (
        <Typography.Paragraph type="secondary">{t('cockpit.changesFirst')}</Typography.Paragraph>
      ) : changes.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('cockpit.changesNone')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={changes}
          renderItem={(c) => (
            <List.Item key={c.itemId} className="ms-change" data-change={c.change}>
              <span className="ms-change-word">
                <span aria-hidden="true">{CHANGE[c.change].mark}</span> {t(CHANGE[c.change].key)}
              </span>
              <Link to={`/items/${c.itemId}`}>{t('common.item', { no: c.no })}</Link>
              <span className="ms-change-states">
                {c.from && <StatusTag status={c.from} />}
                {c.from && <span aria-hidden="true">→</span>}
                <StatusTag status={c.to} />
              </span>
              <span className="ms-small">
                {t('cockpit.progressChange', {
                  from: f.percent(c.progressFrom),
                  to: f.percent(c.progressTo),
                })}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
