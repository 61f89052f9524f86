/**
 * One submitted report under review: what the unit wrote, its figures against the targets, the
 * discrepancy and the unit's explanation; approve it, or return it with words the unit will read.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import type { ItemDetail, Report, ReviewEntry } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';

export function ReviewPanel({ entry, onDone }: { entry: ReviewEntry; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const report = useQuery({
    queryKey: ['report', entry.reportId],
    queryFn: () => get<Report>(`/api/reports/${entry.reportId}`),
  });
  const item = useQuery({
    queryKey: ['item', entry.itemId],
    queryFn: () => get<ItemDetail>(`/api/items/${entry.itemId}`),
  });
  const step = useMutation({
    mutationFn: (action: { name: 'approve' | 'return'; reason?: string }) =>
      post<Report>(`/api/reports/${entry.reportId}/${action.name}`, {
        version: report.data?.version ?? entry.version,
        ...(action.reason ? { reason: action.reason } : {}),
      }),
    onSuccess: (_, action) => {
      void message.success(t(action.name === 'approve' ? 'review.approved' : 'review.returned'));
      void client.invalidateQueries({ queryKey: ['review-queue'] });
      void client.invalidateQueries({ queryKey: ['items'] });
      void client.invalidateQueries({ queryKey: ['item', entry.itemId] });
      setReturning(false);
      onDone();
    },
  });
  if (report.isError) return <ErrorNotice error={report.error} />;
  if (!report.data || !item.data) return <Spin />;
  const r = report.data;
  return (
    <div className="ms-review">
      <Typography.Paragraph className="ms-task-text">{entry.task}</Typography.Paragraph>
      <div className="ms-progress-head">
        <span>
          {t('review.claim')}：{r.statusLabel ?? '—'}
        </span>
        <span>
          {t('review.assessment')}：<StatusTag status={r.assessment.status} />
        </span>
      </div>
      <ol className="ms-points">
        {r.points.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: points are numbered by position
          <li key={i}>{p}</li>
        ))}
      </ol>
      <h4>{t('review.figures')}</h4>
      <ul>
        {item.data.indicators.map((x) => (
          <li key={x.id}>
            {x.what}：{f.figure(r.actuals.find((a) => a.indicatorId === x.id)?.actual, x.unit)} /{' '}
            {f.figure(x.target, x.unit)}
          </li>
        ))}
      </ul>
      {r.discrepancy && (
        <Alert
          type="warning"
          showIcon
          title={lang === 'zh' ? r.discrepancy.message : r.discrepancy.messageEn}
        />
      )}
      {r.explanation && (
        <Typography.Paragraph className="ms-explanation">
          <strong>{t('review.explanation')}：</strong>
          {r.explanation}
        </Typography.Paragraph>
      )}
      {step.isError && <ErrorNotice error={step.error} />}
      <Space wrap className="ms-form-actions">
        <Button
          type="primary"
          loading={step.isPending}
          onClick={() => step.mutate({ name: 'approve' })}
        >
          {t('review.approve')}
        </Button>
        <Button danger onClick={() => setReturning(true)}>
          {t('review.return')}
        </Button>
      </Space>
      <Modal
        open={returning}
        title={t('review.returnTitle', { no: entry.no })}
        okText={t('review.return')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: step.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => step.mutate({ name: 'return', reason: reason.trim() })}
        onCancel={() => setReturning(false)}
      >
        <Form layout="vertical">
          <Form.Item
            label={t('review.reason')}
            htmlFor="return-reason"
            extra={t('review.reasonHelp')}
            required
          >
            <Input.TextArea
              id="return-reason"
              value={reason}
              autoSize={{ minRows: 3 }}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
