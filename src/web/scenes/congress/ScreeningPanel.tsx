/**
 * 征集与筛选: the year's collection window, the proposals received (select duplicates and merge
 * them into one candidate), and each candidate's decision with its reason.
 */
import {
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  message,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Candidate, Proposal } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useCandidates, useCongressWrite, useProposals, useWindows } from './use-congress.ts';

// The configured negative list is the server's; these are its defaults, and the server refuses
// a code it does not know with the list it has.
const REFUSALS = [
  ['office_building', '党政机关办公楼堂馆所建设'],
  ['beyond_year', '当年无法完成的项目'],
  ['routine_duty', '部门日常工作或法定职责'],
  ['commercial', '营利性经营项目'],
  ['few_beneficiaries', '受益面过窄的个别诉求'],
] as const;

function WindowForm({ year }: { year: number }) {
  const t = useT();
  const windows = useWindows(true);
  const write = useCongressWrite();
  const current = windows.data?.find((w) => w.year === year);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const shown =
    range ?? (current ? [dayjs(current.opensOn), dayjs(current.closesOn)] : [null, null]);
  const save = () => {
    const [from, to] = shown;
    if (!from || !to) return;
    write.mutate(
      {
        method: 'PUT',
        url: `/api/congress/windows/${year}`,
        body: {
          opensOn: from.format('YYYY-MM-DD'),
          closesOn: to.format('YYYY-MM-DD'),
          ...(current ? { version: current.version } : {}),
        },
      },
      {
        onSuccess: () => {
          setRange(null);
          void message.success(t('congress.saved'));
        },
      },
    );
  };
  return (
    <Space wrap>
      <span>{t('congress.window')}</span>
      <DatePicker.RangePicker value={shown} onChange={(value) => setRange(value)} />
      <Button onClick={save}>{t('congress.window.save')}</Button>
      {current && (
        <Tag color={current.open ? 'green' : 'default'}>
          {current.open ? t('congress.window.open') : t('congress.window.closed')}
        </Tag>
      )}
    </Space>
  );
}

interface EntryFields {
  channel: 'letter' | 'hotline' | 'meeting';
  title: string;
  body: string;
  place?: string;
  contact?: string;
}

/** A proposal that came by letter, hotline or a meeting, entered by the office. */
function EntryDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<EntryFields>();
  const write = useCongressWrite();
  return (
    <Modal
      open
      title={t('congress.entry')}
      okText={t('congress.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={write.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ channel: 'letter' }}
        onFinish={(f) =>
          write.mutate(
            { method: 'POST', url: '/api/congress/proposals', body: { year, ...f } },
            {
              onSuccess: (made) => {
                void message.success(
                  t('congress.entry.done', {
                    no: (made as { trackingNumber: string }).trackingNumber,
                  }),
                );
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="channel" label={t('congress.entry.channel')}>
          <Select
            options={(['letter', 'hotline', 'meeting'] as const).map((c) => ({
              value: c,
              label: t(`congress.proposal.channel.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('congress.candidate.title')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="body" label={t('congress.entry.body')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="place" label={t('congress.entry.place')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="contact" label={t('congress.entry.contact')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface CandidateFields {
  title: string;
  target: string;
  unit?: string;
  cost?: number;
  description?: string;
}

function MergeDialog({
  year,
  proposals,
  onClose,
}: {
  year: number;
  proposals: Proposal[];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CandidateFields>();
  const write = useCongressWrite();
  const submit = (fields: CandidateFields) =>
    write.mutate(
      {
        method: 'POST',
        url: '/api/congress/candidates',
        body: {
          year,
          title: fields.title,
          target: fields.target,
          unit: fields.unit || null,
          cost: fields.cost ?? null,
          description: fields.description ?? '',
          proposalIds: proposals.map((p) => p.id),
        },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      open
      title={t('congress.merge', { n: proposals.length })}
      okText={t('congress.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={write.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ title: proposals[0]?.title ?? '' }}
      >
        <Form.Item name="title" label={t('congress.candidate.title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="target"
          label={t('congress.candidate.target')}
          rules={[{ required: true }]}
        >
          <Input placeholder="新建社区老年食堂30个" maxLength={1000} />
        </Form.Item>
        <Form.Item name="unit" label={t('congress.candidate.unit')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="cost" label={t('congress.candidate.cost')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('congress.candidate.description')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DecisionFields {
  decision: 'candidate' | 'refused' | 'reserve' | 'referred';
  refusal?: string;
  reason: string;
}

function DecisionDialog({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<DecisionFields>();
  const decision = Form.useWatch('decision', form);
  const write = useCongressWrite();
  const submit = (fields: DecisionFields) =>
    write.mutate(
      {
        method: 'POST',
        url: `/api/congress/candidates/${candidate.id}/decision`,
        body: { version: candidate.version, ...fields },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      open
      title={`${t('congress.decide')}：${candidate.title}`}
      okText={t('congress.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={write.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ decision: 'candidate' }}
      >
        <Form.Item name="decision" label={t('congress.decision')}>
          <Select
            options={(['candidate', 'refused', 'reserve', 'referred'] as const).map((d) => ({
              value: d,
              label: t(`congress.decision.${d}`),
            }))}
          />
        </Form.Item>
        {decision === 'refused' && (
          <Form.Item name="refusal" label={t('congress.refusal')} rules={[{ required: true }]}>
            <Select
              options={[
                ...REFUSALS.map(([value, label]) => ({ value, label })),
                { value: 'feasibility', label: t('congress.refusal.feasibility') },
                { value: 'cost', label: t('congress.refusal.cost') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('congress.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ScreeningPanel({ year }: { year: number }) {
  const t = useT();
  const proposals = useProposals(year, true);
  const candidates = useCandidates(year);
  const [selected, setSelected] = useState<Proposal[]>([]);
  const [merging, setMerging] = useState(false);
  const [entering, setEntering] = useState(false);
  const [deciding, setDeciding] = useState<Candidate | null>(null);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <WindowForm year={year} />
      {proposals.isError && <ErrorNotice error={proposals.error} />}
      <Typography.Title level={4}>
        {t('congress.proposals', { n: proposals.data?.length ?? 0 })}
      </Typography.Title>
      <Space wrap>
        <Button type="primary" disabled={selected.length === 0} onClick={() => setMerging(true)}>
          {t('congress.merge', { n: selected.length })}
        </Button>
        <Button onClick={() => setEntering(true)}>{t('congress.entry')}</Button>
      </Space>
      <Table<Proposal>
        rowKey="id"
        size="small"
        loading={proposals.isPending}
        dataSource={proposals.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        rowSelection={{
          selectedRowKeys: selected.map((p) => p.id),
          onChange: (_, rows) => setSelected(rows),
          getCheckboxProps: (p) => ({ disabled: p.candidateId !== null }),
        }}
        columns={[
          { title: '#', dataIndex: 'trackingNumber', width: 150 },
          {
            title: '',
            dataIndex: 'channel',
            width: 70,
            render: (c: Proposal['channel']) => t(`congress.proposal.channel.${c}`),
          },
          { title: t('congress.candidate.title'), dataIndex: 'title' },
          { title: t('congress.candidate.description'), dataIndex: 'body', ellipsis: true },
          {
            title: '',
            dataIndex: 'candidateId',
            width: 90,
            render: (id: number | null) =>
              id === null ? (
                <Tag>{t('congress.proposal.unscreened')}</Tag>
              ) : (
                <Tag color="blue">{t('congress.proposal.merged')}</Tag>
              ),
          },
        ]}
      />
      <Typography.Title level={4}>{t('congress.candidates')}</Typography.Title>
      <Table<Candidate>
        rowKey="id"
        size="small"
        loading={candidates.isPending}
        dataSource={candidates.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('congress.candidate.title'), dataIndex: 'title' },
          { title: t('congress.candidate.target'), dataIndex: 'target' },
          { title: t('congress.candidate.unit'), dataIndex: 'unit' },
          { title: t('congress.candidate.cost'), dataIndex: 'cost', width: 90 },
          {
            title: t('congress.candidate.proposals'),
            width: 70,
            render: (_, c) => c.proposalIds.length,
          },
          {
            title: t('congress.decision'),
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <Tag
                  color={
                    c.decision === 'candidate'
                      ? 'green'
                      : c.decision === 'refused'
                        ? 'red'
                        : 'default'
                  }
                >
                  {t(`congress.decision.${c.decision}`)}
                </Tag>
                {c.reason && <Typography.Text type="secondary">{c.reason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '',
            width: 80,
            render: (_, c) => (
              <Button onClick={() => setDeciding(c)}>{t('congress.decide')}</Button>
            ),
          },
        ]}
      />
      {merging && (
        <MergeDialog
          year={year}
          proposals={selected}
          onClose={() => {
            setMerging(false);
            setSelected([]);
          }}
        />
      )}
      {entering && <EntryDialog year={year} onClose={() => setEntering(false)} />}
      {deciding && <DecisionDialog candidate={deciding} onClose={() => setDeciding(null)} />}
    </Space>
  );
}
