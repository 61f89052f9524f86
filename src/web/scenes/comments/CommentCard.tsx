/**
 * One comment with what may be done with it: the office publishes or refuses it, assigns it to
 * the lead unit, answers it and may open the citizen's contact; the unit drafts the answer.
 */
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { get } from '../../api/client.ts';
import type { Comment } from '../../api/types.ts';
import { useErrorText } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { TextDialog } from './TextDialog.tsx';
import { type CommentStep, readContact, useCommentStep } from './use-comments.ts';

const STATE_COLOURS = { pending: 'gold', approved: 'green', rejected: 'default' } as const;
const DAY = 24 * 3600 * 1000;

type Dialog = 'reject' | 'draft' | 'answer' | null;

export function CommentCard({ comment, office }: { comment: Comment; office: boolean }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const step = useCommentStep(() => void message.warning(t('comments.stale')));
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => get<{ id: number; name: string }[]>('/api/units'),
    enabled: office,
  });
  const run = (s: CommentStep) =>
    step.mutate(
      { comment, step: s },
      {
        onSuccess: () => {
          setDialog(null);
          void message.success(t('comments.done'));
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  const showContact = async () => {
    try {
      const { contact } = await readContact(comment.id);
      modal.info({ title: t('comments.contact'), content: contact ?? t('comments.noContact') });
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const days = Math.floor((Date.now() - Date.parse(comment.createdAt)) / DAY);
  const dialogs: Record<
    Exclude<Dialog, null>,
    { title: string; initial: string; go: (text: string) => void }
  > = {
    reject: {
      title: t('comments.rejectTitle'),
      initial: '',
      go: (reason) => run({ action: 'reject', reason }),
    },
    draft: {
      title: t('comments.draftTitle'),
      initial: comment.draft?.text ?? '',
      go: (text) => run({ action: 'draft', text }),
    },
    answer: {
      title: t('comments.answerTitle'),
      initial: comment.answer?.text ?? comment.draft?.text ?? '',
      go: (text) => run({ action: 'answer', text }),
    },
  };
  return (
    <Card
      size="small"
      className="ms-comment"
      title={
        <a
          href={`/p/items/${comment.item.id}`}
          target="_blank"
          rel="noreferrer"
          title={t('comments.publicPage')}
        >
          {t('comments.item', { no: comment.item.no })} · {comment.item.task}
        </a>
      }
    >
      <Space wrap size={[8, 4]} className="ms-comment-meta">
        <Tag color={STATE_COLOURS[comment.state]}>{t(`comments.state.${comment.state}`)}</Tag>
        {comment.answer && <Tag color="blue">{t('comments.answered')}</Tag>}
        <Typography.Text type="secondary">
          {days > 0 ? t('comments.waiting', { days }) : t('comments.today')}
        </Typography.Text>
        {comment.rating !== null && (
          <Typography.Text>{t('comments.rating', { n: comment.rating })}</Typography.Text>
        )}
        <Typography.Text type="secondary" copyable>
          {comment.trackingNumber}
        </Typography.Text>
      </Space>
      <Typography.Paragraph className="ms-comment-body">{comment.body}</Typography.Paragraph>
      {comment.rejectReason && (
        <Typography.Paragraph type="secondary">
          {t('comments.reason', { reason: comment.rejectReason })}
        </Typography.Paragraph>
      )}
      {comment.assignedUnit && (
        <Typography.Paragraph type="secondary">
          {t('comments.assigned', { unit: comment.assignedUnit.name })}
        </Typography.Paragraph>
      )}
      {comment.draft && (
        <div className="ms-comment-quote">
          <Typography.Text strong>{t('comments.draft')}</Typography.Text>
          <Typography.Paragraph className="ms-comment-body">
            {comment.draft.text}
          </Typography.Paragraph>
        </div>
      )}
      {comment.answer && (
        <div className="ms-comment-quote ms-comment-answer">
          <Typography.Text strong>{t('comments.answer')}</Typography.Text>
          <Typography.Paragraph className="ms-comment-body">
            {comment.answer.text}
          </Typography.Paragraph>
        </div>
      )}
      <Space wrap>
        {office && comment.state !== 'approved' && (
          <Button
            type="primary"
            loading={step.isPending}
            onClick={() => run({ action: 'approve' })}
          >
            {t('comments.approve')}
          </Button>
        )}
        {office && comment.state !== 'rejected' && (
          <Button danger onClick={() => setDialog('reject')}>
            {t('comments.reject')}
          </Button>
        )}
        {office && (
          <Space.Compact>
            <Select<number>
              aria-label={t('comments.assignTo')}
              allowClear
              placeholder={t('comments.leadUnit')}
              value={unitId}
              onChange={setUnitId}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 160 }}
            />
            <Button
              onClick={() =>
                run(unitId === undefined ? { action: 'assign' } : { action: 'assign', unitId })
              }
            >
              {t('comments.assign')}
            </Button>
          </Space.Compact>
        )}
        <Button onClick={() => setDialog(office ? 'answer' : 'draft')}>
          {office ? t('comments.writeAnswer') : t('comments.writeDraft')}
        </Button>
        {office && comment.hasContact && (
          <Button onClick={() => void showContact()}>{t('comments.contact')}</Button>
        )}
      </Space>
      {dialog && (
        <TextDialog
          title={dialogs[dialog].title}
          initial={dialogs[dialog].initial}
          busy={step.isPending}
          onOk={dialogs[dialog].go}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}
