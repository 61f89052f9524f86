/**
 * 满意度测评: the office opens a rating of a plan's items and publishes the result (failed items
 * get a notice); a deputy rates each item once (满意 / 基本满意 / 不满意, a reason optional).
 */
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { RatingSession } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useCongressWrite, useRatings } from './use-congress.ts';

const GRADES = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
type Grade = (typeof GRADES)[number];

function NewRating({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ planId: number; title: string; window: [Dayjs, Dayjs] }>();
  const write = useCongressWrite();
  return (
    <Modal
      open
      title={t('congress.rating.new')}
      okText={t('congress.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={write.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(f) =>
          write.mutate(
            {
              method: 'POST',
              url: '/api/congress/ratings',
              body: {
                planId: f.planId,
                title: f.title,
                opensAt: f.window[0].toISOString(),
                closesAt: f.window[1].toISOString(),
              },
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="planId" label={t('congress.rating.plan')} rules={[{ required: true }]}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="title" label={t('congress.vote.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="window" label={t('congress.vote.window')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RateItems({ rating }: { rating: RatingSession }) {
  const t = useT();
  const [grades, setGrades] = useState<Record<number, Grade>>({});
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const write = useCongressWrite();
  const rated = new Set(rating.rated ?? []);
  const left = rating.items.filter((i) => !rated.has(i.id));
  if (left.length === 0) return <Tag color="green">{t('congress.rating.rated')}</Tag>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {left.map((item) => (
        <div key={item.id}>
          <Typography.Text strong>
            {item.no}. {item.task}
          </Typography.Text>
          <div>
            <Radio.Group
              value={grades[item.id]}
              onChange={(e) => setGrades({ ...grades, [item.id]: e.target.value as Grade })}
              options={GRADES.map((g) => ({ value: g, label: t(`congress.grade.${g}`) }))}
            />
          </div>
          {grades[item.id] === 'unsatisfied' && (
            <Input
              aria-label={t('congress.reason')}
              placeholder={t('congress.reason')}
              value={reasons[item.id] ?? ''}
              onChange={(e) => setReasons({ ...reasons, [item.id]: e.target.value })}
            />
          )}
        </div>
      ))}
      <Button
        type="primary"
        loading={write.isPending}
        disabled={left.some((i) => !grades[i.id])}
        onClick={() =>
          write.mutate({
            method: 'POST',
            url: `/api/congress/ratings/${rating.id}/ratings`,
            body: {
              ratings: left.map((i) => ({
                itemId: i.id,
                grade: grades[i.id],
                ...(reasons[i.id] ? { reason: reasons[i.id] } : {}),
              })),
            },
          })
        }
      >
        {t('congress.rating.submit')}
      </Button>
    </Space>
  );
}

function RatingCard({ rating, office }: { rating: RatingSession; office: boolean }) {
  const t = useT();
  const format = useFormat();
  const write = useCongressWrite();
  const now = Date.now();
  const open = now >= Date.parse(rating.opensAt) && now < Date.parse(rating.closesAt);
  return (
    <Card
      title={rating.title}
      extra={
        rating.publishedAt && (
          <a href={`/p/ratings/${rating.id}`} target="_blank" rel="noreferrer">
            {t('congress.vote.publicPage')}
          </a>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {format.dateTime(rating.opensAt)} – {format.dateTime(rating.closesAt)}
        </Typography.Text>
        {!office && open && <RateItems rating={rating} />}
        {office && !rating.publishedAt && now >= Date.parse(rating.closesAt) && (
          <Button
            type="primary"
            onClick={() =>
              write.mutate({
                method: 'POST',
                url: `/api/congress/ratings/${rating.id}/publish`,
                body: { version: rating.version },
              })
            }
          >
            {t('congress.rating.publish')}
          </Button>
        )}
        {rating.result && (
          <Table
            rowKey="itemId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={rating.result}
            columns={[
              { title: t('congress.item'), render: (_, r) => `${r.no}. ${r.task}` },
              ...GRADES.map((g) => ({
                title: t(`congress.grade.${g}`),
                width: 80,
                render: (_: unknown, r: (typeof rating.result & object)[number]) => r.deputies[g],
              })),
              {
                title: t('congress.rating.share'),
                width: 90,
                render: (_, r) => format.percent(r.share),
              },
              {
                title: '',
                width: 150,
                render: (_, r) =>
                  r.passed ? (
                    <Tag color="green">{t('congress.rating.passed')}</Tag>
                  ) : (
                    <Tag color="red">{t('congress.rating.failed')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

export function RatingsPanel({ office }: { office: boolean }) {
  const t = useT();
  const ratings = useRatings();
  const [creating, setCreating] = useState(false);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {office && (
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('congress.rating.new')}
        </Button>
      )}
      {ratings.isError && <ErrorNotice error={ratings.error} />}
      {ratings.data?.length === 0 && <Typography.Text>{t('congress.empty')}</Typography.Text>}
      {ratings.data?.map((rating) => (
        <RatingCard key={rating.id} rating={rating} office={office} />
      ))}
      {creating && <NewRating onClose={() => setCreating(false)} />}
    </Space>
  );
}
