/**
 * Creating a business account: name, role, and the unit (reporter) or leader (leader) it belongs
 * to, chosen from the directory; a name the directory lacks is refused with its close matches
 * unless the administrator says it is new.
 */
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Checkbox, Form, Input, Modal, Select } from 'antd';
import { get } from '../../api/client.ts';
import type { Named, NewAccount, Unit } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';

/** The server's BUSINESS_ROLES: administrators are made by the security administrator. */
const ROLES = ['admin', 'leader', 'reporter', 'deputy'] as const;

export function NewUserModal(props: {
  open: boolean;
  pending: boolean;
  error: unknown;
  onCreate: (account: NewAccount) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<NewAccount>();
  const role = Form.useWatch('role', form);
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => get<Unit[]>('/api/units'),
    enabled: props.open,
  });
  const leaders = useQuery({
    queryKey: ['leaders'],
    queryFn: () => get<Named[]>('/api/leaders'),
    enabled: props.open,
  });
  const options = (rows: { name: string }[] | undefined) =>
    (rows ?? []).map((r) => ({ value: r.name }));
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('login.required', { field }),
  });
  return (
    <Modal
      open={props.open}
      title={t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.pending}
      onCancel={props.onClose}
      onOk={async () => props.onCreate(await form.validateFields())}
      destroyOnHidden
    >
      <Form<NewAccount>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ role: 'reporter', newUnit: false, newLeader: false }}
      >
        <Form.Item label={t('users.name')} name="name" rules={[required(t('users.name'))]}>
          <Input autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item label={t('users.role')} name="role">
          <Select options={ROLES.map((r) => ({ value: r, label: t(`user.role.${r}`) }))} />
        </Form.Item>
        {role === 'reporter' && (
          <>
            <Form.Item label={t('users.unit')} name="unit" rules={[required(t('users.unit'))]}>
              <AutoComplete options={options(units.data)} filterOption />
            </Form.Item>
            <Form.Item name="newUnit" valuePropName="checked">
              <Checkbox>{t('users.newUnit')}</Checkbox>
            </Form.Item>
          </>
        )}
        {role === 'leader' && (
          <>
            <Form.Item
              label={t('users.leader')}
              name="leader"
              rules={[required(t('users.leader'))]}
            >
              <AutoComplete options={options(leaders.data)} filterOption />
            </Form.Item>
            <Form.Item name="newLeader" valuePropName="checked">
              <Checkbox>{t('users.newLeader')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
      {/* The server's refusal of an unknown name already lists the close matches. */}
      {props.error !== null && <ErrorNotice error={props.error} />}
    </Modal>
  );
}
