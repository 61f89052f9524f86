/** A dialog asking for one text (a reason, a draft, an answer), started from what exists. */
import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';

export function TextDialog({
  title,
  initial,
  onOk,
  onClose,
  busy,
}: {
  title: string;
  initial: string;
  onOk: (text: string) => void;
  onClose: () => void;
  busy: boolean;
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  const empty = text.trim() === '';
  return (
    <Modal
      open
      title={title}
      okText={t('comments.ok')}
      cancelText={t('comments.cancel')}
      okButtonProps={{ disabled: empty, loading: busy }}
      onOk={() => onOk(text.trim())}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input.TextArea
        aria-label={title}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        maxLength={2000}
        showCount
      />
    </Modal>
  );
}
