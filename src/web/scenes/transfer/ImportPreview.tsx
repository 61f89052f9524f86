/** What an import would do, from its dry run: the plan, period, items, new names, every warning. */
import { Alert, List, Tag, Typography } from 'antd';
import type { ImportSummary } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';

export function ImportPreview({ summary: s }: { summary: ImportSummary }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLang();
  return (
    <div className="ms-import-preview">
      <h3>{t('import.previewTitle')}</h3>
      <ul className="ms-import-facts">
        <li>
          {s.plan.created
            ? t('import.planNew', {
                title: s.plan.title,
                jurisdiction: s.plan.jurisdiction,
                year: s.plan.year,
              })
            : t('import.planOld', { title: s.plan.title })}
        </li>
        <li>{t('import.period', { label: s.period.label, end: f.date(s.period.end) })}</li>
        <li>{t('import.items', { created: s.items.created, matched: s.items.matched })}</li>
        <li>{t('import.reports', { n: s.reports.created })}</li>
        <li>
          {t('import.units', { n: s.units.created })}
          {s.units.names.length > 0 && `：${s.units.names.join('、')}`}
        </li>
        <li>
          {t('import.leaders', { n: s.leaders.created })}
          {s.leaders.names.length > 0 && `：${s.leaders.names.join('、')}`}
        </li>
      </ul>
      <h3>{t('import.warnings', { n: s.warningList.length })}</h3>
      {s.warningList.length === 0 ? (
        <Alert type="success" showIcon title={t('import.noWarnings')} />
      ) : (
        <List
          size="small"
          bordered
          className="ms-warnings"
          dataSource={s.warningList}
          renderItem={(w, i) => (
            <List.Item key={`${i}-${w.code}`}>
              <Tag>{w.item ? t('import.warningItem', { no: w.item }) : t('import.whole')}</Tag>
              <Typography.Text>{lang === 'zh' ? w.message : w.messageEn}</Typography.Text>{' '}
              <Typography.Text type="secondary" className="ms-small" code>
                {w.code}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
