/** A new plan (title, year, jurisdiction, declared item count), or a correction of one. */
import { Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { patch, post } from '../../api/client.ts';
import type { Plan } from '../../api/types.ts';
import { useAdminSave } from '../../components/use-admin-save.ts';
import { useT } from '../../i18n/i18n.tsx';

interface Fields {
  title: string;
  year: number;
  jurisdiction: string;
  declaredItemCount: number | null;
}

export function PlanForm(props: { open: boolean; plan: Plan | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Fields>();
  const save = useAdminSave(
    (fields: Fields) =>
      props.plan
        ? patch<Plan>(`/api/plans/${props.plan.id}`, {
            version: props.plan.version,
            title: fields.title.trim(),
            declaredItemCount: fields.declaredItemCount ?? null,
          })
        : post<Plan>('/api/plans', {
            ...fields,
            title: fields.title.trim(),
            declaredItemCount: fields.declaredItemCount ?? null,
          }),
    [['plans']],
  );
  useEffect(() => {
    if (props.open)
      form.setFieldsValue(
        props.plan ?? { year: new Date().getFullYear(), declaredItemCount: null },
      );
  }, [props.open, props.plan, form]);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('admin.required', { field }) },
  ];
  return (
    <Modal
      open={props.open}
      title={props.plan ? t('plans.edit') : t('plans.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        await save.mutateAsync(await form.validateFields());
        props.onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="title" label={t('plans.title')} rules={required(t('plans.title'))}>
          <Input maxLength={200} placeholder={t('plans.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('plans.year')}
          rules={[{ required: true, message: t('admin.required', { field: t('plans.year') }) }]}
        >
          <InputNumber min={2000} max={2100} disabled={props.plan !== null} />
        </Form.Item>
        <Form.Item
          name="jurisdiction"
          label={t('plans.jurisdiction')}
          rules={required(t('plans.jurisdiction'))}
        >
          <Input maxLength={100} disabled={props.plan !== null} />
        </Form.Item>
        <Form.Item name="declaredItemCount" label={t('plans.items')}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
