/**
 * 票决: the office sets up a vote of the year's candidates, watches the turnout (never who chose
 * what), publishes the result and makes the year's plan from it; a deputy reads the candidate
 * files and casts a ballot once, inside the window.
 */
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  message,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { VoteSession } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useCandidates, useCongressWrite, useVotes } from './use-congress.ts';

interface NewVoteFields {
  title: string;
  seats: number;
  maxChoices: number;
  electorate: number;
  window: [Dayjs, Dayjs];
  allowAbstain: boolean;
}

function NewVote({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<NewVoteFields>();
  const candidates = useCandidates(year);
  const write = useCongressWrite();
  const accepted = (candidates.data ?? []).filter((c) => c.decision === 'candidate');
  const submit = (f: NewVoteFields) =>
    write.mutate(
      {
        method: 'POST',
        url: '/api/congress/votes',
        body: {
          year,
          title: f.title,
          candidateIds: accepted.map((c) => c.id),
          seats: f.seats,
          maxChoices: f.maxChoices,
          electorate: f.electorate,
          allowAbstain: f.allowAbstain,
          opensAt: f.window[0].toISOString(),
          closesAt: f.window[1].toISOString(),
        },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      open
      title={t('congress.vote.new')}
      okText={t('congress.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={write.isPending}
    >
      <Typography.Paragraph>
        {t('congress.candidates')}：{accepted.map((c) => c.title).join('、') || t('congress.empty')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ title: `${year}年民生实事项目人大代表票决`, allowAbstain: true }}
      >
        <Form.Item name="title" label={t('congress.vote.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="seats" label={t('congress.vote.seats')} rules={[{ required: true }]}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item
            name="maxChoices"
            label={t('congress.vote.maxChoices')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item
            name="electorate"
            label={t('congress.vote.electorate')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} />
          </Form.Item>
        </Space>
        <Form.Item name="window" label={t('congress.vote.window')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime />
        </Form.Item>
        <Form.Item name="allowAbstain" label={t('congress.vote.abstain')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Ballot({ vote }: { vote: VoteSession }) {
  const t = useT();
  const [choices, setChoices] = useState<number[]>([]);
  const write = useCongressWrite();
  if (vote.voted) return <Tag color="green">{t('congress.vote.voted')}</Tag>;
  return (
    <Space orientation="vertical">
      <Typography.Text>{t('congress.vote.choose', { n: vote.maxChoices })}</Typography.Text>
      <Checkbox.Group
        value={choices}
        onChange={(value) => setChoices(value as number[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={vote.candidates.map((c) => ({
          value: c.id,
          label: `${c.title} — ${c.target}${c.unit ? `（${c.unit}）` : ''}`,
          disabled: !choices.includes(c.id) && choices.length >= vote.maxChoices,
        }))}
      />
      <Button
        type="primary"
        loading={write.isPending}
        disabled={choices.length === 0 && !vote.allowAbstain}
        onClick={() =>
          write.mutate({
            method: 'POST',
            url: `/api/congress/votes/${vote.id}/ballot`,
            body: { choices },
          })
        }
      >
        {t('congress.vote.cast')}
      </Button>
    </Space>
  );
}

function VoteCard({ vote, office }: { vote: VoteSession; office: boolean }) {
  const t = useT();
  const format = useFormat();
  const write = useCongressWrite();
  const now = Date.now();
  const open = now >= Date.parse(vote.opensAt) && now < Date.parse(vote.closesAt);
  const closed = now >= Date.parse(vote.closesAt);
  const act = (url: string, body: object) =>
    write.mutate(
      { method: 'POST', url, body: { version: vote.version, ...body } },
      {
        onSuccess: () => void message.success(t('congress.saved')),
      },
    );
  const titles = new Map(vote.candidates.map((c) => [c.id, c.title]));
  return (
    <Card
      title={vote.title}
      extra={
        vote.publishedAt && (
          <a href={`/p/votes/${vote.id}`} target="_blank" rel="noreferrer">
            {t('congress.vote.publicPage')}
          </a>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {format.dateTime(vote.opensAt)} – {format.dateTime(vote.closesAt)} ·{' '}
          {t('congress.vote.turnout', { n: vote.turnout, of: vote.electorate })}
        </Typography.Text>
        {!office && open && <Ballot vote={vote} />}
        {office && closed && !vote.publishedAt && (
          <Button type="primary" onClick={() => act(`/api/congress/votes/${vote.id}/publish`, {})}>
            {t('congress.vote.publish')}
          </Button>
        )}
        {vote.result && (
          <>
            <Typography.Text>
              {t('congress.vote.result', {
                cast: vote.result.ballotsCast,
                abstain: vote.result.abstentions,
              })}
            </Typography.Text>
            <Table
              rowKey="candidateId"
              size="small"
              pagination={false}
              dataSource={vote.result.candidates}
              columns={[
                { title: '#', dataIndex: 'rank', width: 50 },
                {
                  title: t('congress.candidate.title'),
                  render: (_, c) => titles.get(c.candidateId) ?? c.title,
                },
                { title: t('congress.vote.votes'), dataIndex: 'votes', width: 80 },
                {
                  title: '',
                  width: 80,
                  render: (_, c) =>
                    c.elected && <Tag color="green">{t('congress.vote.elected')}</Tag>,
                },
              ]}
            />
          </>
        )}
        {office && vote.result && vote.planId === null && (
          <Button
            onClick={() => {
              const title = window.prompt(t('congress.vote.planTitle'), `${vote.year}年民生实事`);
              if (title) act(`/api/congress/votes/${vote.id}/plan`, { title });
            }}
          >
            {t('congress.vote.plan')}
          </Button>
        )}
        {vote.planId !== null && (
          <a href={`/items?plan=${vote.planId}`}>{t('congress.vote.planDone')}</a>
        )}
      </Space>
    </Card>
  );
}

export function VotesPanel({ year, office }: { year: number; office: boolean }) {
  const t = useT();
  const votes = useVotes();
  const [creating, setCreating] = useState(false);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {office && (
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('congress.vote.new')}
        </Button>
      )}
      {votes.isError && <ErrorNotice error={votes.error} />}
      {votes.data?.length === 0 && <Typography.Text>{t('congress.empty')}</Typography.Text>}
      {votes.data?.map((vote) => (
        <VoteCard key={vote.id} vote={vote} office={office} />
      ))}
      {creating && <NewVote year={year} onClose={() => setCreating(false)} />}
    </Space>
  );
}
