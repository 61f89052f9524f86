/**
 * The office's review: submitted reports, the one waiting longest first (a list of cards on a
 * phone), each opened beside the queue to approve or return with a comment; then the period
 * published as a whole.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Drawer, List, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { get } from '../../api/client.ts';
import type { ReviewEntry } from '../../api/types.ts';
import { useIsPhone } from '../../app/use-is-phone.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { PublishPeriod } from './PublishPeriod.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';

export default function ReviewScene() {
  const t = useT();
  const f = useFormat();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const queue = useQuery({
    queryKey: ['review-queue'],
    queryFn: () => get<ReviewEntry[]>('/api/review-queue'),
  });
  const rows = queue.data ?? [];
  // The report under review is in the address, so it survives a reload and the back button closes it.
  const open = rows.find((e) => e.reportId === Number(params.get('report')));
  const show = (entry: ReviewEntry | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (entry) next.set('report', String(entry.reportId));
      else next.delete('report');
      return next;
    });
  const assessed = (e: ReviewEntry) => (
    <div className="ms-queue-status">
      <StatusTag status={e.assessment} />
      {e.discrepancy && (
        <Typography.Text type="warning" className="ms-small">
          ⚠ {t('review.mismatch')}
          {e.explanation ? `（${t('review.explained')}）` : ''}
        </Typography.Text>
      )}
    </div>
  );
  const openButton = (e: ReviewEntry, block: boolean) => (
    <Button
      type="primary"
      block={block}
      onClick={() => show(e)}
      aria-label={`${t('review.open')} ${t('common.item', { no: e.no })}`}
    >
      {t('review.open')}
    </Button>
  );
  return (
    <section className="ms-page">
      <Typography.Title level={2}>{t('review.title')}</Typography.Title>
      {queue.isError && <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />}
      <Card
        className="ms-block"
        title={<h3 className="ms-card-title">{t('review.queue', { n: rows.length })}</h3>}
      >
        {phone ? (
          <List
            loading={queue.isPending}
            dataSource={rows}
            locale={{ emptyText: t('review.empty') }}
            renderItem={(e) => (
              <List.Item key={e.reportId} className="ms-my-item">
                <div className="ms-my-item-head">
                  <strong>{t('common.item', { no: e.no })}</strong>
                  <span className="ms-small">
                    {e.unit} · {e.periodLabel} · {f.dateTime(e.submittedAt)}
                  </span>
                </div>
                <Typography.Paragraph ellipsis={{ rows: 2 }} className="ms-my-item-task">
                  {e.task}
                </Typography.Paragraph>
                {assessed(e)}
                {openButton(e, true)}
              </List.Item>
            )}
          />
        ) : (
          <Table<ReviewEntry>
            rowKey="reportId"
            loading={queue.isPending}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('review.empty') }}
            columns={[
              {
                title: t('review.submittedAt'),
                key: 'at',
                render: (_, e) => f.dateTime(e.submittedAt),
              },
              {
                title: t('review.item'),
                key: 'item',
                render: (_, e) => (
                  <div className="ms-queue-item">
                    <strong>{t('common.item', { no: e.no })}</strong>
                    <Typography.Text ellipsis className="ms-queue-task">
                      {e.task}
                    </Typography.Text>
                  </div>
                ),
              },
              { title: t('review.unit'), dataIndex: 'unit' },
              { title: t('review.period'), dataIndex: 'periodLabel' },
              { title: t('review.claim'), dataIndex: 'statusLabel' },
              {
                title: t('review.assessment'),
                key: 'assessment',
                render: (_, e) => assessed(e),
              },
              {
                title: '',
                key: 'open',
                render: (_, e) => openButton(e, false),
              },
            ]}
          />
        )}
      </Card>
      <PublishPeriod />
      <Drawer
        open={open !== undefined}
        onClose={() => show(null)}
        size={phone ? '100%' : 640}
        title={open ? t('review.panel', { no: open.no, period: open.periodLabel }) : ''}
        destroyOnHidden
      >
        {open && <ReviewPanel entry={open} onDone={() => show(null)} />}
      </Drawer>
    </section>
  );
}
