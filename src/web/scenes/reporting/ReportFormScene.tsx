/**
 * Filing one item's report for one period: the task and its indicators, the office's words if
 * it returned the report, then the form — or the report read-only once it is with the office.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { get } from '../../api/client.ts';
import type { ItemDetail, Period } from '../../api/types.ts';
import { periodsQuery } from '../../app/use-plan-period.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ReportStateTag } from '../../components/ReportStateTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { dueWords } from './due.ts';
import { ReportForm } from './ReportForm.tsx';

const EDITABLE = ['draft', 'returned'];

export default function ReportFormScene() {
  const t = useT();
  const f = useFormat();
  const params = useParams();
  const itemId = Number(params.itemId);
  const periodId = Number(params.periodId);
  const item = useQuery({
    queryKey: ['item', itemId],
    queryFn: () => get<ItemDetail>(`/api/items/${itemId}`),
  });
  const periods = useQuery<Period[]>({ ...periodsQuery(item.data?.planId) });
  if (item.isError) return <ErrorNotice error={item.error} />;
  if (!item.data || !periods.data) return <Spin description={t('common.loading')} />;
  const period = periods.data.find((p) => p.id === periodId);
  const report = item.data.reports.find((r) => r.periodId === periodId) ?? null;
  const editable = !report || EDITABLE.includes(report.state);
  return (
    <section className="ms-page ms-narrow">
      <Link to="/reporting">← {t('form.back')}</Link>
      <Typography.Title level={2}>{t('form.title', { no: item.data.no })}</Typography.Title>
      <Typography.Paragraph className="ms-task-text">{item.data.task}</Typography.Paragraph>
      {period && (
        <Typography.Paragraph type="secondary">
          {t('form.period', {
            period: period.label,
            due: period.dueDate
              ? `${t('reporting.due', { date: f.date(period.dueDate) })}（${dueWords(t, period.dueDate)}）`
              : t('reporting.noDue'),
          })}
        </Typography.Paragraph>
      )}
      {report?.state === 'returned' && report.returnReason && (
        <Alert
          className="ms-block"
          type="warning"
          showIcon
          title={t('form.returned')}
          description={report.returnReason}
        />
      )}
      {!period?.open && editable ? (
        <Alert type="info" showIcon title={t('form.closed')} />
      ) : editable ? (
        <ReportForm itemId={itemId} periodId={periodId} report={report} />
      ) : (
        <Alert
          type="success"
          showIcon
          title={
            <span>
              {t('form.readOnly')} <ReportStateTag state={report?.state} />
            </span>
          }
          description={<Link to={`/items/${itemId}`}>{t('reporting.view')}</Link>}
        />
      )}
    </section>
  );
}
