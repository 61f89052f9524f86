/** A short form in a dialog: a note, or a notice's answer (measures and a date). */
import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n/i18n.tsx';

export interface NoteValues {
  note?: string;
  measures?: string;
  promisedDate?: Dayjs;
}

export function NoteModal({
  title,
  open,
  answer,
  busy,
  onCancel,
  onSubmit,
}: {
  title: string;
  open: boolean;
  /** Ask for measures and a date instead of a note. */
  answer?: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (values: NoteValues) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<NoteValues>();
  return (
    <Modal
      title={title}
      open={open}
      okText={t('sv.confirm')}
      cancelText={t('sv.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(onSubmit)}
    >
      <Form form={form} layout="vertical" preserve={false}>
        {answer ? (
          <>
            <Form.Item name="measures" label={t('notice.measures')} rules={[{ required: true }]}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Form.Item
              name="promisedDate"
              label={t('notice.promisedDate')}
              rules={[{ required: true }]}
            >
              <DatePicker />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="note" label={t('notice.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
