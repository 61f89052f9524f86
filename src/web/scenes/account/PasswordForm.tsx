/**
 * Changing one's own password: the server's rules listed before the user types, its refusal
 * (too short, too simple, contains the name, used recently, wrong current password) shown in the
 * user's language. Used on "my account" and by the forced change at first sign-in.
 */
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { post } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

interface Fields {
  current: string;
  password: string;
  again: string;
}

/** The rules of src/server/auth/password-rules.ts and the password settings, in words. */
const RULES: MessageKey[] = [
  'account.rule.length',
  'account.rule.kinds',
  'account.rule.name',
  'account.rule.history',
  'account.rule.expiry',
];

export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Fields>();
  const change = useMutation({
    mutationFn: (fields: Fields) =>
      post<void>('/api/auth/password', { current: fields.current, password: fields.password }),
    onSuccess: () => {
      form.resetFields();
      onChanged();
    },
  });
  const required = (field: MessageKey) => ({
    required: true,
    message: t('login.required', { field: t(field) }),
  });
  return (
    <Form<Fields>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(fields) => change.mutate(fields)}
      className="ms-password-form"
    >
      <Typography.Text strong id="password-rules">
        {t('account.rules')}
      </Typography.Text>
      <ul className="ms-rules">
        {RULES.map((rule) => (
          <li key={rule}>{t(rule)}</li>
        ))}
      </ul>
      <Form.Item label={t('account.current')} name="current" rules={[required('account.current')]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item label={t('account.new')} name="password" rules={[required('account.new')]}>
        <Input.Password autoComplete="new-password" aria-describedby="password-rules" />
      </Form.Item>
      <Form.Item
        label={t('account.confirm')}
        name="again"
        dependencies={['password']}
        rules={[
          required('account.confirm'),
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {change.isError && <ErrorNotice error={change.error} />}
      <Button type="primary" htmlType="submit" loading={change.isPending} className="ms-gap-top">
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}
