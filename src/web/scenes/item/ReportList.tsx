/** The item's reports, one per period, newest first, each with its versions on demand. */
import { Collapse, Typography } from 'antd';
import type { ItemDetail } from '../../api/types.ts';
import { ReportStateTag } from '../../components/ReportStateTag.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { VersionHistory } from './VersionHistory.tsx';

type Report = ItemDetail['reports'][number];

function ReportBody({ report, item }: { report: Report; item: ItemDetail }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="ms-report">
      <div className="ms-progress-head">
        <StatusTag status={report.assessment.status} />
        {report.statusLabel && <span>{t('item.claimed', { label: report.statusLabel })}</span>}
        {report.assessment.decidedBy && (
          <Typography.Text type="secondary" className="ms-small">
            {t('item.decidedBy', { what: report.assessment.decidedBy })}
          </Typography.Text>
        )}
      </div>
      {report.discrepancy && (
        <Typography.Paragraph type="warning">
          {lang === 'zh' ? report.discrepancy.message : report.discrepancy.messageEn}
        </Typography.Paragraph>
      )}
      <ol className="ms-points">
        {report.points.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: points are numbered by position
          <li key={i}>{p}</li>
        ))}
      </ol>
      {report.explanation && (
        <Typography.Paragraph>
          <strong>{t('item.explanation')}：</strong>
          {report.explanation}
        </Typography.Paragraph>
      )}
      {report.returnReason && (
        <Typography.Paragraph type="secondary">
          <strong>{t('item.returnReason')}：</strong>
          {report.returnReason}
        </Typography.Paragraph>
      )}
      <Collapse
        ghost
        items={[
          {
            key: 'versions',
            label: t('item.versions'),
            children: <VersionHistory reportId={report.id} indicators={item.indicators} />,
          },
        ]}
      />
    </div>
  );
}

export function ReportList({ item }: { item: ItemDetail }) {
  const t = useT();
  const reports = [...item.reports].reverse();
  if (reports.length === 0)
    return <Typography.Paragraph type="secondary">{t('item.noReports')}</Typography.Paragraph>;
  return (
    <Collapse
      defaultActiveKey={[String(reports[0]?.id)]}
      items={reports.map((r) => ({
        key: String(r.id),
        label: (
          <span className="ms-progress-head">
            <strong>{r.periodLabel}</strong>
            <ReportStateTag state={r.state} />
            <StatusTag status={r.assessment.status} />
          </span>
        ),
        children: <ReportBody report={r} item={item} />,
      }))}
    />
  );
}
