/**
 * Signing in: user name and password, then the authenticator's code when the account has one;
 * an account whose password an administrator set (or the first one, or an expired one) changes
 * it here before anything else; a session the server ended says so. Errors in the user's
 * language, then where they were going.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  forgetSessionEnd,
  ME_KEY,
  sessionEndedByServer,
  useLogin,
  useMe,
} from '../../api/session.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Redirect, Splash } from '../../components/Splash.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { PasswordForm } from '../account/PasswordForm.tsx';

interface Fields {
  name: string;
  password: string;
}

/** Only paths inside this app: a crafted `next` must not send the user to another site. */
const safeNext = (next: string | null) =>
  next?.startsWith('/') && !next.startsWith('//') ? next : '/';

function ForcedChange({ next }: { next: string }) {
  const t = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <>
      <Typography.Title level={2} className="ms-login-step">
        {t('account.forced.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('account.forced.intro')}</Typography.Paragraph>
      <PasswordForm
        onChanged={async () => {
          await client.invalidateQueries({ queryKey: ME_KEY });
          void navigate(next, { replace: true });
        }}
      />
    </>
  );
}

function SignIn({ next, onForced }: { next: string; onForced: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const login = useLogin();
  const [idle] = useState(sessionEndedByServer);
  useEffect(forgetSessionEnd, []);
  /** Name and password kept once the server asked for a code. */
  const [credentials, setCredentials] = useState<Fields | null>(null);
  const signIn = (body: Fields & { totp?: string }) =>
    login.mutate(body, {
      onSuccess: (me) => {
        // A forced change stays here: the page shows the change form for the new session.
        if (me.mustChangePassword) onForced();
        else void navigate(next);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'totp_required') {
          setCredentials({ name: body.name, password: body.password });
          login.reset();
        }
      },
    });
  if (credentials)
    return (
      <Form<{ totp: string }>
        layout="vertical"
        requiredMark={false}
        onFinish={({ totp }) => signIn({ ...credentials, totp: totp.trim() })}
      >
        <Typography.Paragraph>{t('login.totpIntro')}</Typography.Paragraph>
        <Form.Item
          label={t('login.totp')}
          name="totp"
          rules={[
            { required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.totp.codeHint') },
          ]}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
        </Form.Item>
        {login.isError && <ErrorNotice error={login.error} />}
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('login.submit')}
        </Button>
        <Button
          type="link"
          block
          onClick={() => {
            login.reset();
            setCredentials(null);
          }}
        >
          {t('login.back')}
        </Button>
      </Form>
    );
  return (
    <Form<Fields> layout="vertical" onFinish={signIn} requiredMark={false}>
      {idle && <Alert type="info" showIcon title={t('login.idle')} className="ms-gap-bottom" />}
      <Form.Item
        label={t('login.name')}
        name="name"
        rules={[{ required: true, message: t('login.required', { field: t('login.name') }) }]}
      >
        <Input autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      {login.isError && <ErrorNotice error={login.error} />}
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

export default function LoginScene() {
  const t = useT();
  const { lang, setLang } = useLang();
  const [params] = useSearchParams();
  const me = useMe();
  const [forced, setForced] = useState(false);
  const next = safeNext(params.get('next'));
  const signedIn = me.data && me.data.role !== 'public';
  if (me.isPending) return <Splash />;
  if (signedIn && !me.data.mustChangePassword) return <Redirect to={next} />;
  return (
    <main className="ms-login">
      <Card className="ms-login-card">
        <Typography.Title level={1} className="ms-login-title">
          {t('app.title')}
        </Typography.Title>
        {signedIn || forced ? (
          <ForcedChange next={next} />
        ) : (
          <SignIn next={next} onForced={() => setForced(true)} />
        )}
        <div className="ms-login-foot">
          <a href="/p/">{t('login.publicLink')}</a>
          <Button type="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('lang.switch')}
          </Button>
        </div>
      </Card>
    </main>
  );
}
