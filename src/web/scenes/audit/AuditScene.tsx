/**
 * The audit log: filters by date, actor, action and entity (kept in the address, so a search can
 * be bookmarked and the back button works), pages of 50 newest first, each event's before and
 * after; for the auditor, verifying the hash chain and the export for the assessor.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { apiUrl, get } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { AuditEvent, AuditVerification } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';

const PAGE = 50;
const ENTITIES = [
  'plan',
  'period',
  'item',
  'report',
  'notice',
  'comment',
  'user',
  'session',
  'settings',
  'audit',
  'database',
];
const FILTERS = ['from', 'to', 'actor', 'action', 'entity'] as const;

interface Fields {
  dates?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  entity?: string;
}

/** The chosen days as instants: from the first day's start to the end of the last (exclusive). */
const range = (params: URLSearchParams) => {
  const from = params.get('from');
  const to = params.get('to');
  return {
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
  };
};

const json = (value: unknown) =>
  value === null || value === undefined ? '—' : JSON.stringify(value, null, 1);

function Verification() {
  const t = useT();
  const { lang } = useLang();
  const verify = useMutation({
    mutationFn: () => get<AuditVerification>('/api/audit/verify'),
  });
  const result = verify.data;
  const first = result?.problems[0];
  return (
    <Space direction="vertical" className="ms-stack">
      <Button onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('audit.verify')}
      </Button>
      {verify.isError && <ErrorNotice error={verify.error} />}
      {result?.ok && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('audit.verifyOk', {
            n: result.events,
            algorithms: result.algorithms.join(', ') || '—',
            seq: result.head.seq,
          })}
          description={
            <span className="ms-hash">{t('audit.verifyHead', { hash: result.head.hash })}</span>
          }
        />
      )}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('audit.verifyBroken', { n: result.problems.length })}
          description={
            first &&
            t('audit.firstProblem', {
              seq: first.seq,
              message: lang === 'zh' ? first.message : first.messageEn,
            })
          }
        />
      )}
    </Space>
  );
}

export default function AuditScene() {
  const t = useT();
  const format = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const auditor = me.data?.role === 'auditor';
  const query = {
    ...range(params),
    actor: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
    entity: params.get('entity') ?? undefined,
    limit: PAGE,
    offset: page * PAGE,
  };
  const events = useQuery({
    queryKey: ['audit-events', query],
    queryFn: () => get<AuditEvent[]>('/api/audit-events', query),
  });
  const search = (fields: Fields) => {
    const next = new URLSearchParams();
    const [from, to] = fields.dates ?? [];
    if (from) next.set('from', from.format('YYYY-MM-DD'));
    if (to) next.set('to', to.format('YYYY-MM-DD'));
    for (const key of ['actor', 'action', 'entity'] as const) {
      const value = fields[key]?.trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const from = params.get('from');
  const to = params.get('to');
  const initial: Fields = {
    dates: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null,
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    entity: params.get('entity') ?? undefined,
  };
  const rows = events.data ?? [];
  return (
    <section className="ms-page">
      <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {auditor ? t('audit.intro') : t('audit.introOffice')}
      </Typography.Paragraph>
      {auditor && (
        <Card className="ms-gap-bottom">
          <Space direction="vertical" className="ms-stack">
            <Verification />
            <a href={apiUrl('/api/audit/export', range(params))} download>
              {t('audit.export')}
            </a>
            <Typography.Text type="secondary">{t('audit.exportHint')}</Typography.Text>
          </Space>
        </Card>
      )}
      <Form<Fields>
        layout="inline"
        initialValues={initial}
        key={params.toString()}
        onFinish={search}
        className="ms-audit-filters"
      >
        <Form.Item label={t('audit.dates')} name="dates">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item label={t('audit.actor')} name="actor">
          <Input allowClear className="ms-audit-input" />
        </Form.Item>
        <Form.Item label={t('audit.action')} name="action">
          <Input allowClear placeholder="auth.login" className="ms-audit-input" />
        </Form.Item>
        <Form.Item label={t('audit.entity')} name="entity">
          <Select
            allowClear
            className="ms-audit-input"
            style={{ minWidth: 160 }}
            options={ENTITIES.map((e) => ({ value: e, label: e }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('audit.search')}
          </Button>
          <Button
            onClick={() => setParams(new URLSearchParams())}
            disabled={!FILTERS.some((f) => params.has(f))}
          >
            {t('audit.clear')}
          </Button>
        </Space>
      </Form>
      {events.isError && <ErrorNotice error={events.error} onRetry={() => void events.refetch()} />}
      <Table<AuditEvent>
        size="small"
        rowKey="id"
        loading={events.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (e) => (
            <div className="ms-audit-detail">
              <div>
                <Typography.Text strong>{t('audit.before')}</Typography.Text>
                <pre>{json(e.before)}</pre>
              </div>
              <div>
                <Typography.Text strong>{t('audit.after')}</Typography.Text>
                <pre>{json(e.after)}</pre>
              </div>
            </div>
          ),
          rowExpandable: (e) => e.before !== null || e.after !== null,
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq' },
          { title: t('audit.at'), render: (_, e) => format.dateTime(e.at) },
          { title: t('audit.actor'), dataIndex: 'actor' },
          { title: t('audit.action'), render: (_, e) => <code>{e.action}</code> },
          {
            title: t('audit.entity'),
            render: (_, e) => (e.entityId === null ? e.entity : `${e.entity} #${e.entityId}`),
          },
          { title: t('audit.address'), render: (_, e) => e.address ?? '—' },
        ]}
      />
      <Space className="ms-gap-top">
        <Button disabled={page === 0} onClick={() => goTo(page - 1)}>
          {t('audit.prev')}
        </Button>
        <span>{t('audit.page', { n: page + 1 })}</span>
        <Button disabled={rows.length < PAGE} onClick={() => goTo(page + 1)}>
          {t('audit.next')}
        </Button>
      </Space>
    </section>
  );
}
