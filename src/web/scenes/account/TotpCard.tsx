/**
 * The authenticator: enrol (a QR code drawn here from the API's otpauth:// address, and the
 * secret for typing by hand), confirm with a first code, or turn it off with a current code.
 * Offered to the roles the server offers it to.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { post } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';
import type { Me, Role, TotpEnrolment } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';

/** The roles the server's TOTP_ROLES holds (src/server/policies/actor.ts). */
const TOTP_ROLES: readonly Role[] = ['admin', 'sysadmin', 'secadmin', 'auditor'];

function CodeForm(props: {
  submit: string;
  danger?: boolean;
  pending: boolean;
  onCode: (code: string) => void;
}) {
  const t = useT();
  return (
    <Form<{ code: string }>
      layout="inline"
      requiredMark={false}
      onFinish={({ code }) => props.onCode(code.trim())}
      className="ms-code-form"
    >
      <Form.Item
        label={t('account.totp.code')}
        name="code"
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.totp.codeHint') }]}
      >
        <Input
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Button htmlType="submit" type="primary" danger={props.danger} loading={props.pending}>
        {props.submit}
      </Button>
    </Form>
  );
}

export function TotpCard({ me }: { me: Me }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (!enrolment) return setQr(null);
    let live = true;
    void QRCode.toDataURL(enrolment.otpauthUrl, { margin: 1, width: 200 }).then((url) => {
      if (live) setQr(url);
    });
    return () => {
      live = false;
    };
  }, [enrolment]);
  const done = (text: string) => {
    void message.success(text);
    setEnrolment(null);
    void client.invalidateQueries({ queryKey: ME_KEY });
  };
  const start = useMutation({
    mutationFn: () => post<TotpEnrolment>('/api/auth/totp'),
    onSuccess: setEnrolment,
  });
  const confirm = useMutation({
    mutationFn: (code: string) => post<void>('/api/auth/totp/confirm', { code }),
    onSuccess: () => done(t('account.totp.enabled')),
  });
  const disable = useMutation({
    mutationFn: (code: string) => post<void>('/api/auth/totp/disable', { code }),
    onSuccess: () => done(t('account.totp.disabled')),
  });
  const error = start.error ?? confirm.error ?? disable.error;
  const offered = me.role !== 'public' && TOTP_ROLES.includes(me.role);
  return (
    <Card title={<h3 className="ms-card-title">{t('account.totp')}</h3>}>
      {!offered ? (
        <Typography.Paragraph type="secondary">{t('account.totp.notOffered')}</Typography.Paragraph>
      ) : me.totpEnabled ? (
        <Space direction="vertical">
          <Typography.Text>{t('account.totp.on')}</Typography.Text>
          <Typography.Text type="secondary">{t('account.totp.disableHint')}</Typography.Text>
          <CodeForm
            submit={t('account.totp.disable')}
            danger
            pending={disable.isPending}
            onCode={(code) => disable.mutate(code)}
          />
        </Space>
      ) : enrolment ? (
        <Space direction="vertical">
          <Typography.Text>{t('account.totp.scan')}</Typography.Text>
          {qr && <img src={qr} alt={t('account.totp.qr')} width={200} height={200} />}
          <Typography.Text>
            {t('account.totp.secret')}：
            <Typography.Text code copyable className="ms-secret" data-testid="totp-secret">
              {enrolment.secret}
            </Typography.Text>
          </Typography.Text>
          <CodeForm
            submit={t('account.totp.confirm')}
            pending={confirm.isPending}
            onCode={(code) => confirm.mutate(code)}
          />
        </Space>
      ) : (
        <Space direction="vertical">
          <Typography.Text>{t('account.totp.off')}</Typography.Text>
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            {t('account.totp.start')}
          </Button>
        </Space>
      )}
      {error && (
        <div className="ms-gap-top">
          <ErrorNotice error={error} />
        </div>
      )}
    </Card>
  );
}
