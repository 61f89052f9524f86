/**
 * A co-unit's own contribution: its points, one a line, and a figure for each indicator it
 * answers for. Saving keeps it as a draft; submitting hands it to the lead unit.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { get, post, put } from '../../api/client.ts';
import type { Contribution, ContributionInput, ItemDetail } from '../../api/types.ts';
import { useErrorText } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';

interface Values {
  points: string;
  figures: Record<string, number | null>;
}

export function ContributionForm({
  itemId,
  periodId,
  current,
  onClose,
}: {
  itemId: number;
  periodId: number;
  current: Contribution | null;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const item = useQuery({
    queryKey: ['item', itemId],
    queryFn: () => get<ItemDetail>(`/api/items/${itemId}`),
  });
  const content = (values: Values): ContributionInput => ({
    points: values.points
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
    actuals: Object.entries(values.figures ?? {})
      .filter(([, actual]) => actual !== null && actual !== undefined)
      .map(([id, actual]) => ({ indicatorId: Number(id), actual: actual as number })),
  });
  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: Values; submit: boolean }) => {
      const saved = current
        ? await put<Contribution>(`/api/contributions/${current.id}`, {
            version: current.version,
            ...content(values),
          })
        : await post<Contribution>('/api/contributions', { itemId, periodId, ...content(values) });
      return submit
        ? post<Contribution>(`/api/contributions/${saved.id}/submit`, { version: saved.version })
        : saved;
    },
    onSuccess: () => {
      void message.success(t('sv.saved'));
      void client.invalidateQueries({ queryKey: ['contributions'] });
      onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const run = (submit: boolean) =>
    void form.validateFields().then((values) => save.mutate({ values, submit }));
  return (
    <Modal
      open
      title={current ? t('contrib.editMine') : t('contrib.mine')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={() => run(false)} loading={save.isPending}>
            {t('contrib.save')}
          </Button>
          <Button type="primary" onClick={() => run(true)} loading={save.isPending}>
            {t('contrib.submit')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          points: current?.points.join('\n') ?? '',
          figures: Object.fromEntries(
            (current?.actuals ?? []).map((a) => [a.indicatorId, a.actual]),
          ),
        }}
      >
        <Form.Item
          name="points"
          label={t('contrib.points')}
          extra={t('contrib.pointsHelp')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
        {(item.data?.indicators ?? []).map((x) => (
          <Form.Item
            key={x.id}
            name={['figures', String(x.id)]}
            label={`${x.what}（${x.unit || '—'}）`}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
