/** A one-field form in a dialog: a name, a reason, a label — required, trimmed, labelled. */
import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useT } from '../i18n/i18n.tsx';

export function TextModal(props: {
  open: boolean;
  title: string;
  label: string;
  initial?: string;
  multiline?: boolean;
  onOk: (value: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ value: string }>();
  useEffect(() => {
    if (props.open) form.setFieldsValue({ value: props.initial ?? '' });
  }, [props.open, props.initial, form]);
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={props.onClose}
      onOk={async () => {
        const { value } = await form.validateFields();
        await props.onOk(value.trim());
        props.onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="value"
          label={props.label}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('admin.required', { field: props.label }),
            },
          ]}
        >
          {props.multiline ? <Input.TextArea autoSize={{ minRows: 3 }} /> : <Input autoFocus />}
        </Form.Item>
      </Form>
    </Modal>
  );
}
