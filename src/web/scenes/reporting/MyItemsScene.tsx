/**
 * A unit's work this period: for each open period of the plan, its due date and the unit's
 * items with where each report stands, what the office said when it returned one, and a link
 * to fill it in. Made for a phone first.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { get } from '../../api/client.ts';
import type { ItemSummary, Period, Report } from '../../api/types.ts';
import { usePlanPeriod } from '../../app/use-plan-period.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { ReportStateTag } from '../../components/ReportStateTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { dueWords } from './due.ts';

/** What the unit can do with its report in each state. */
const ACTION: Record<string, MessageKey> = {
  none: 'reporting.fill',
  draft: 'reporting.continue',
  returned: 'reporting.revise',
};

function PeriodItems({ period, items }: { period: Period; items: ItemSummary[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <Card
      className="ms-block"
      title={
        <h3 className="ms-card-title">
          {t('reporting.period', { period: period.label, end: f.date(period.end) })}
        </h3>
      }
    >
      <p className="ms-due">
        {period.dueDate && `${t('reporting.due', { date: f.date(period.dueDate) })} · `}
        <strong>{dueWords(t, period.dueDate)}</strong>
      </p>
      {items.length === 0 ? (
        <Empty description={t('reporting.noItems')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(item) => {
            const state = item.report?.state ?? 'none';
            const action = ACTION[state];
            return (
              <List.Item key={item.id} className="ms-my-item">
                <div className="ms-my-item-head">
                  <strong>{t('common.item', { no: item.no })}</strong>
                  <ReportStateTag state={item.report?.state} />
                </div>
                <Typography.Paragraph ellipsis={{ rows: 2 }} className="ms-my-item-task">
                  {item.task}
                </Typography.Paragraph>
                {state === 'returned' && item.report && <ReturnReason reportId={item.report.id} />}
                <Link to={`/reporting/${item.id}/${period.id}`}>
                  <Button type={action ? 'primary' : 'default'} block>
                    {t(action ?? 'reporting.view')}
                  </Button>
                </Link>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

/** The office's words when it returned a report, fetched with the report. */
function ReturnReason({ reportId }: { reportId: number }) {
  const t = useT();
  const report = useQuery({
    queryKey: ['report', reportId],
    queryFn: () => get<Report>(`/api/reports/${reportId}`),
  });
  if (!report.data?.returnReason) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('reporting.returned', { reason: report.data.returnReason })}
    />
  );
}

export default function MyItemsScene() {
  const t = useT();
  const state = usePlanPeriod();
  const open = state.periods.filter((p) => p.open);
  const lists = useQueries({
    queries: open.map((period) => ({
      queryKey: ['items', state.planId, period.id, {}],
      queryFn: () => get<ItemSummary[]>(`/api/plans/${state.planId}/items`, { period: period.id }),
    })),
  });
  const error = state.error ?? lists.find((l) => l.error)?.error;
  return (
    <section className="ms-page">
      <div className="ms-page-head">
        <Typography.Title level={2}>{t('reporting.title')}</Typography.Title>
        {state.plans.length > 1 && <PlanPeriodPicker state={state} withPeriod={false} />}
      </div>
      {error && <ErrorNotice error={error} />}
      {state.pending ? (
        <Spin description={t('common.loading')} />
      ) : open.length === 0 ? (
        <Empty description={t('reporting.noOpen')} />
      ) : (
        open.map((period, i) =>
          lists[i]?.data ? (
            <PeriodItems key={period.id} period={period} items={lists[i].data} />
          ) : (
            <Spin key={period.id} />
          ),
        )
      )}
    </section>
  );
}
