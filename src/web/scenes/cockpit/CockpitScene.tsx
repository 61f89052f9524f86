/**
 * The cockpit of a plan for a period: first the items whose label says on schedule while their
 * figures say behind, then the counts by status, completion against the time line by category,
 * the tables by leader and by unit, whom to chase, and what changed since the previous period.
 * Every figure is the API's.
 */
import { useQuery } from '@tanstack/react-query';
import { Col, Row, Spin, Typography } from 'antd';
import { get } from '../../api/client.ts';
import type { Dashboard } from '../../api/types.ts';
import { usePlanPeriod } from '../../app/use-plan-period.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { CategoryProgress } from './CategoryProgress.tsx';
import { Changes } from './Changes.tsx';
import { DiscrepancyList } from './DiscrepancyList.tsx';
import { FollowUp } from './FollowUp.tsx';
import { GroupTable } from './GroupTable.tsx';
import { StatusSummary } from './StatusSummary.tsx';

export default function CockpitScene() {
  const t = useT();
  const f = useFormat();
  const state = usePlanPeriod();
  const { planId, periodId } = state;
  const dashboard = useQuery({
    queryKey: ['dashboard', planId, periodId],
    queryFn: () => get<Dashboard>(`/api/plans/${planId}/dashboard`, { period: periodId }),
    enabled: planId !== undefined && !state.pending,
  });
  const d = dashboard.data;
  return (
    <section className="ms-page">
      <div className="ms-page-head">
        <Typography.Title level={2}>{t('cockpit.title')}</Typography.Title>
        <PlanPeriodPicker state={state} />
      </div>
      {(state.error || dashboard.error) && (
        <ErrorNotice
          error={state.error ?? dashboard.error}
          onRetry={() => void dashboard.refetch()}
        />
      )}
      {!d ? (
        <Spin description={t('common.loading')} />
      ) : !d.period ? (
        <Typography.Paragraph>{t('cockpit.noPeriod')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="ms-as-of">
            {t('cockpit.asOf', {
              period: d.period.label,
              date: f.date(d.period.end),
              expected: f.percent(d.period.expected),
            })}
          </Typography.Paragraph>
          <DiscrepancyList discrepancies={d.discrepancies} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <StatusSummary dashboard={d} />
            </Col>
            <Col xs={24} lg={14}>
              <CategoryProgress categories={d.byCategory} />
            </Col>
            <Col span={24}>
              <GroupTable
                title={t('cockpit.byLeader')}
                nameTitle={t('cockpit.leader')}
                rows={d.byLeader}
              />
            </Col>
            <Col span={24}>
              <GroupTable
                title={t('cockpit.byUnit')}
                nameTitle={t('cockpit.unit')}
                rows={d.byUnit}
              />
            </Col>
            <Col xs={24} lg={12}>
              <FollowUp overdue={d.overdue} missing={d.missing} />
            </Col>
            <Col xs={24} lg={12}>
              <Changes previous={d.previousPeriod} changes={d.changes} />
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}
