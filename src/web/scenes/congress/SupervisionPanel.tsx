/**
 * 代表监督: a plan's items and, for each, its supervision group (set by the office), the site
 * visits its deputies log, and their suggestions with the lead unit's answers. A unit sees the
 * suggestions it must answer.
 */
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { get } from '../../api/client.ts';
import type { ItemSummary, Plan, Suggestion, Supervision } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useCongressWrite } from './use-congress.ts';

function AnswerBox({ suggestion }: { suggestion: Suggestion }) {
  const t = useT();
  const [text, setText] = useState('');
  const write = useCongressWrite();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        aria-label={t('congress.sup.answer')}
        placeholder={t('congress.sup.answer')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button
        disabled={!text.trim()}
        onClick={() =>
          write.mutate({
            method: 'POST',
            url: `/api/congress/suggestions/${suggestion.id}/answer`,
            body: { version: suggestion.version, text },
          })
        }
      >
        {t('congress.sup.send')}
      </Button>
    </Space.Compact>
  );
}

export function SuggestionList({
  suggestions,
  mayAnswer,
}: {
  suggestions: Suggestion[];
  mayAnswer: boolean;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <List
      dataSource={suggestions}
      locale={{ emptyText: t('congress.empty') }}
      renderItem={(s) => (
        <List.Item>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{s.text}</Typography.Text>
            <Typography.Text type="secondary">
              {s.madeBy} · {format.dateTime(s.madeAt)}
            </Typography.Text>
            {s.answer ? (
              <Typography.Text>
                <Tag color="green">{t('congress.sup.answered')}</Tag>
                {s.answer.text}（{s.answer.by}）
              </Typography.Text>
            ) : mayAnswer ? (
              <AnswerBox suggestion={s} />
            ) : (
              <Tag>{t('congress.sup.waiting')}</Tag>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}

function ItemSupervision({
  item,
  office,
  onClose,
}: {
  item: ItemSummary;
  office: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const write = useCongressWrite();
  const supervision = useQuery({
    queryKey: ['congress', 'supervision', item.id],
    queryFn: () => get<Supervision>(`/api/congress/items/${item.id}/supervision`),
  });
  const deputies = useQuery({
    queryKey: ['congress', 'deputies'],
    queryFn: () => get<{ id: number; name: string }[]>('/api/congress/deputies'),
    enabled: office,
  });
  const [members, setMembers] = useState<number[] | null>(null);
  const [visitForm] = Form.useForm<{ visitedOn: Dayjs; participants: string; findings: string }>();
  const [suggestion, setSuggestion] = useState('');
  const data = supervision.data;
  return (
    <Drawer open width={560} title={`${item.no}. ${item.task}`} onClose={onClose}>
      {supervision.isError && <ErrorNotice error={supervision.error} />}
      {data && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Title level={5}>{t('congress.sup.group')}</Typography.Title>
          {office ? (
            <Space.Compact style={{ width: '100%' }}>
              <Select
                mode="multiple"
                style={{ width: '100%' }}
                aria-label={t('congress.sup.group')}
                value={members ?? data.group.map((m) => m.userId)}
                onChange={setMembers}
                options={(deputies.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
              <Button
                onClick={() =>
                  members &&
                  write.mutate(
                    {
                      method: 'PUT',
                      url: `/api/congress/items/${item.id}/group`,
                      body: { members: members.map((userId, i) => ({ userId, head: i === 0 })) },
                    },
                    { onSuccess: () => setMembers(null) },
                  )
                }
              >
                {t('congress.sup.save')}
              </Button>
            </Space.Compact>
          ) : (
            <Typography.Text>
              {data.group.map((m) => m.name).join('、') || t('congress.empty')}
            </Typography.Text>
          )}
          <Typography.Title level={5}>{t('congress.sup.visits')}</Typography.Title>
          <List
            dataSource={data.visits}
            locale={{ emptyText: t('congress.empty') }}
            renderItem={(v) => (
              <List.Item>
                <Space orientation="vertical">
                  <Typography.Text strong>
                    {format.date(v.visitedOn)} · {v.participants.join('、')}
                  </Typography.Text>
                  <Typography.Text>{v.findings}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          <Form
            form={visitForm}
            layout="vertical"
            onFinish={(f) =>
              write.mutate(
                {
                  method: 'POST',
                  url: `/api/congress/items/${item.id}/visits`,
                  body: {
                    visitedOn: f.visitedOn.format('YYYY-MM-DD'),
                    participants: f.participants.split(/[、,，\s]+/).filter(Boolean),
                    findings: f.findings,
                  },
                },
                { onSuccess: () => visitForm.resetFields() },
              )
            }
          >
            <Form.Item name="visitedOn" label={t('congress.sup.date')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item
              name="participants"
              label={t('congress.sup.participants')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="findings"
              label={t('congress.sup.findings')}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Button htmlType="submit">{t('congress.sup.logVisit')}</Button>
          </Form>
          <Typography.Title level={5}>{t('congress.sup.suggestions')}</Typography.Title>
          <SuggestionList suggestions={data.suggestions} mayAnswer={data.mayAnswer} />
          <Space.Compact style={{ width: '100%' }}>
            <Input
              aria-label={t('congress.sup.suggest')}
              placeholder={t('congress.sup.suggest')}
              value={suggestion}
              onChange={(e) => setSuggestion(e.target.value)}
            />
            <Button
              disabled={!suggestion.trim()}
              onClick={() =>
                write.mutate(
                  {
                    method: 'POST',
                    url: `/api/congress/items/${item.id}/suggestions`,
                    body: { text: suggestion },
                  },
                  { onSuccess: () => setSuggestion('') },
                )
              }
            >
              {t('congress.sup.send')}
            </Button>
          </Space.Compact>
        </Space>
      )}
    </Drawer>
  );
}

export function SupervisionPanel({ office }: { office: boolean }) {
  const t = useT();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => get<Plan[]>('/api/plans') });
  const [planId, setPlanId] = useState<number | null>(null);
  const chosen = planId ?? plans.data?.[0]?.id ?? null;
  const items = useQuery({
    queryKey: ['congress', 'items', chosen],
    queryFn: () => get<ItemSummary[]>(`/api/plans/${chosen}/items`),
    enabled: chosen !== null,
  });
  const [open, setOpen] = useState<ItemSummary | null>(null);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Select
        style={{ minWidth: 280 }}
        aria-label={t('congress.sup.plan')}
        value={chosen}
        onChange={setPlanId}
        options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.title}` }))}
      />
      {items.isError && <ErrorNotice error={items.error} />}
      <Table<ItemSummary>
        rowKey="id"
        size="small"
        loading={items.isPending && chosen !== null}
        dataSource={items.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: '#', dataIndex: 'no', width: 50 },
          { title: t('congress.item'), dataIndex: 'task', ellipsis: true },
          {
            title: '',
            width: 90,
            render: (_, item) => (
              <Button onClick={() => setOpen(item)}>{t('congress.sup.open')}</Button>
            ),
          },
        ]}
      />
      {open && <ItemSupervision item={open} office={office} onClose={() => setOpen(null)} />}
    </Space>
  );
}

/** A unit's suggestions to answer. */
export function UnitSuggestionsPanel() {
  const suggestions = useQuery({
    queryKey: ['congress', 'suggestions'],
    queryFn: () => get<Suggestion[]>('/api/congress/suggestions'),
  });
  return (
    <>
      {suggestions.isError && <ErrorNotice error={suggestions.error} />}
      <SuggestionList suggestions={suggestions.data ?? []} mayAnswer />
    </>
  );
}
