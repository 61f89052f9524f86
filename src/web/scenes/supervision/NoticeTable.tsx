/**
 * Notices as a table: tier, item (linking to its page), what raised it, the unit, state and
 * age; a row opens to the unit's answer and the timeline. The actions column is the caller's.
 */
import { Card, Descriptions, List, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Notice } from '../../api/types.ts';
import { useIsPhone } from '../../app/use-is-phone.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { ageInDays, NoticeStateTag, TierTag } from './NoticeTags.tsx';

export function NoticeTable({
  notices,
  loading,
  actions,
}: {
  notices: Notice[];
  loading: boolean;
  actions: (notice: Notice) => ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const phone = useIsPhone();
  // A phone gets one card per notice: a nine-column table does not fit 375 px.
  if (phone)
    return (
      <List<Notice>
        loading={loading}
        dataSource={notices}
        locale={{ emptyText: t('notice.empty') }}
        renderItem={(n) => (
          <Card size="small" style={{ marginBottom: 8 }}>
            <Space wrap size={4}>
              <TierTag tier={n.tier} />
              <NoticeStateTag state={n.state} />
              <Typography.Text type="secondary">
                {t(`notice.reason.${n.reason}`)} · {t('notice.days', { n: ageInDays(n.issuedAt) })}
              </Typography.Text>
            </Space>
            <div>
              <Link to={`/items/${n.itemId}`}>
                {n.itemNo}. {n.task}
              </Link>
            </div>
            <Typography.Paragraph style={{ margin: '4px 0' }}>
              {lang === 'zh' ? n.message : n.messageEn}
            </Typography.Paragraph>
            <Space wrap>
              <Typography.Text type="secondary">
                {t('notice.answerBy')} {n.answerBy}
              </Typography.Text>
              {actions(n)}
            </Space>
          </Card>
        )}
      />
    );
  return (
    <Table<Notice>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={notices}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('notice.empty') }}
      expandable={{
        expandedRowRender: (n) => (
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('notice.leaders')}>
              {n.leaders.map((l) => l.name).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('notice.answerBy')}>{n.answerBy}</Descriptions.Item>
            <Descriptions.Item label={t('notice.measures')}>{n.measures ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('notice.promisedDate')}>
              {n.promisedDate ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('notice.state.signed')}>
              {n.signedAt ? `${n.signedAt.slice(0, 16).replace('T', ' ')} ${n.signedBy}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('notice.state.closed')}>
              {n.closedAt
                ? `${n.closedAt.slice(0, 16).replace('T', ' ')} ${n.closedBy} ${n.closeNote ?? ''}`
                : '—'}
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
      columns={[
        {
          title: t('notice.tier'),
          dataIndex: 'tier',
          width: 80,
          render: (_, n) => <TierTag tier={n.tier} />,
        },
        {
          title: t('notice.item'),
          width: 220,
          render: (_, n) => (
            <Link to={`/items/${n.itemId}`}>
              <Typography.Text ellipsis={{ tooltip: n.task }} style={{ maxWidth: 200 }}>
                {n.itemNo}. {n.task}
              </Typography.Text>
            </Link>
          ),
        },
        {
          title: t('notice.facts'),
          render: (_, n) => (
            <>
              <Typography.Text type="secondary">{t(`notice.reason.${n.reason}`)}</Typography.Text>
              <div>{lang === 'zh' ? n.message : n.messageEn}</div>
            </>
          ),
        },
        { title: t('notice.unit'), dataIndex: 'unit', width: 140 },
        {
          title: t('notice.state'),
          width: 100,
          render: (_, n) => <NoticeStateTag state={n.state} />,
        },
        {
          title: t('notice.age'),
          width: 90,
          sorter: (a, b) => a.issuedAt.localeCompare(b.issuedAt),
          render: (_, n) => t('notice.days', { n: ageInDays(n.issuedAt) }),
        },
        { title: t('sv.actions'), width: 170, render: (_, n) => actions(n) },
      ]}
    />
  );
}
