/**
 * Citizens' comments waiting for work, longest waiting first: for the office, the moderation and
 * answer queue; for a unit, the comments assigned to it to draft an answer for.
 */
import { Empty, Segmented, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../api/session.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { CommentCard } from './CommentCard.tsx';
import { type CommentFilter, useComments } from './use-comments.ts';

const FILTERS: CommentFilter[] = ['open', 'pending', 'rejected', 'all'];

export default function CommentsScene() {
  const t = useT();
  const office = useMe().data?.role === 'admin';
  const [filter, setFilter] = useState<CommentFilter>('open');
  const comments = useComments(filter);
  return (
    <section>
      <Typography.Title level={2}>{t('comments.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {office ? t('comments.intro') : t('comments.introUnit')}
      </Typography.Paragraph>
      <Segmented<CommentFilter>
        value={filter}
        onChange={setFilter}
        options={(office ? FILTERS : (['open', 'all'] as const)).map((f) => ({
          value: f,
          label: t(`comments.filter.${f}`),
        }))}
      />
      <div className="ms-comments">
        {comments.isError && (
          <ErrorNotice error={comments.error} onRetry={() => void comments.refetch()} />
        )}
        {comments.isPending && <Spin />}
        {comments.data?.length === 0 && <Empty description={t('comments.empty')} />}
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {comments.data?.map((c) => (
            <CommentCard key={c.id} comment={c} office={office} />
          ))}
        </Space>
      </div>
    </section>
  );
}
