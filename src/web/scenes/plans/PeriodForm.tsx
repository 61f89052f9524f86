/** A new reporting period: its printed label, start and end, and the due date for reports. */
import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api/client.ts';
import type { Period } from '../../api/types.ts';
import { useAdminSave } from '../../components/use-admin-save.ts';
import { useT } from '../../i18n/i18n.tsx';

interface Fields {
  label: string;
  span: [Dayjs, Dayjs];
  due?: Dayjs | null;
}

export function PeriodForm({
  planId,
  open,
  onClose,
}: {
  planId: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Fields>();
  const create = useAdminSave(
    (fields: Fields) =>
      post<Period>(`/api/plans/${planId}/periods`, {
        label: fields.label.trim(),
        start: fields.span[0].format('YYYY-MM-DD'),
        end: fields.span[1].format('YYYY-MM-DD'),
        dueDate: fields.due ? fields.due.format('YYYY-MM-DD') : null,
        open: true,
      }),
    [['periods', planId]],
  );
  const required = (field: string) => [{ required: true, message: t('admin.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t('plans.addPeriod')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      confirmLoading={create.isPending}
      onOk={async () => {
        await create.mutateAsync(await form.validateFields());
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="label"
          label={t('plans.periodLabel')}
          extra={t('plans.periodLabelHelp')}
          rules={required(t('plans.periodLabel'))}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="span" label={t('plans.span')} rules={required(t('plans.span'))}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="due" label={t('plans.due')}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
