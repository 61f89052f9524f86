/** Signing in: user name and password, errors in the user's language, then where they were going. */
import { Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useLogin } from '../../api/session.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';

interface Fields {
  name: string;
  password: string;
}

/** Only paths inside this app: a crafted `next` must not send the user to another site. */
const safeNext = (next: string | null) =>
  next?.startsWith('/') && !next.startsWith('//') ? next : '/';

export default function LoginScene() {
  const t = useT();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const onFinish = (fields: Fields) =>
    login.mutate(fields, { onSuccess: () => void navigate(safeNext(params.get('next'))) });
  return (
    <main className="ms-login">
      <Card className="ms-login-card">
        <Typography.Title level={1} className="ms-login-title">
          {t('app.title')}
        </Typography.Title>
        <Form<Fields> layout="vertical" onFinish={onFinish} requiredMark={false}>
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
            rules={[
              { required: true, message: t('login.required', { field: t('login.password') }) },
            ]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {login.isError && <ErrorNotice error={login.error} />}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
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
