/**
 * One item: its task with the indicators read from it marked, who is responsible, each
 * indicator across the periods against the time line, the reports by period with their
 * versions and what changed between them, and the consistency warnings of its tables.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Row, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { get } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { ItemDetail } from '../../api/types.ts';
import { categoryName } from '../../components/category.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { IndicatorHistory } from './IndicatorHistory.tsx';
import { ReportList } from './ReportList.tsx';
import { TaskText } from './TaskText.tsx';

export default function ItemScene() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLang();
  const me = useMe();
  const id = Number(useParams().id);
  const item = useQuery({
    queryKey: ['item', id],
    queryFn: () => get<ItemDetail>(`/api/items/${id}`),
  });
  if (item.isError) return <ErrorNotice error={item.error} onRetry={() => void item.refetch()} />;
  if (!item.data) return <Spin description={t('common.loading')} />;
  const d = item.data;
  return (
    <article className="ms-page">
      <Link to={`/items?plan=${d.planId}`}>← {t('item.back')}</Link>
      <div className="ms-page-head">
        <Typography.Title level={2}>
          {t('item.title', { no: d.no })}
          <Typography.Text type="secondary" className="ms-subtitle">
            {categoryName(t, d.category)}
          </Typography.Text>
        </Typography.Title>
        {me.data?.role === 'admin' && <Link to={`/items/${d.id}/edit`}>{t('item.edit')}</Link>}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card className="ms-block" title={<h3 className="ms-card-title">{t('item.task')}</h3>}>
            <TaskText item={d} />
            <h4>{t('item.indicators')}</h4>
            {d.indicators.length === 0 ? (
              <Typography.Text type="secondary">{t('item.noIndicators')}</Typography.Text>
            ) : (
              <ul className="ms-indicators">
                {d.indicators.map((x) => (
                  <li key={x.id}>
                    <mark>{x.targetText || f.figure(x.target, x.unit)}</mark>{' '}
                    {t('item.indicatorLine', { what: x.what, target: f.figure(x.target, x.unit) })}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card className="ms-block">
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'leaders',
                  label: t('item.leaders'),
                  children: d.leaders.map((l) => l.name).join('、') || '—',
                },
                { key: 'lead', label: t('item.leadUnit'), children: d.leadUnit ?? '—' },
                {
                  key: 'units',
                  label: t('item.units'),
                  children: (
                    <ul className="ms-people">
                      {d.responsibilities.map((r) => (
                        <li key={`${r.unitId}-${r.person}`}>
                          {r.unit}
                          {r.person && <span className="ms-person"> {r.person}</span>}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                { key: 'deadline', label: t('item.deadline'), children: f.date(d.deadline) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <h3>{t('item.history')}</h3>
      <Row gutter={[16, 0]}>
        {d.indicators.map((x) => (
          <Col xs={24} xl={12} key={x.id}>
            <IndicatorHistory indicator={x} deadline={d.deadline} />
          </Col>
        ))}
      </Row>
      <h3>{t('item.reports')}</h3>
      <ReportList item={d} />
      <h3>{t('item.warnings')}</h3>
      {d.warnings.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('item.noWarnings')}</Typography.Paragraph>
      ) : (
        d.warnings.map((w) => (
          <Alert
            key={`${w.periodLabel}-${w.code}-${w.message}`}
            className="ms-block"
            type="warning"
            showIcon
            title={`${w.periodLabel}：${lang === 'zh' ? w.message : w.messageEn}`}
          />
        ))
      )}
    </article>
  );
}
