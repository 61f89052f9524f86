/**
 * What shows while the app asks who is signed in: the same page index.html shows before the
 * script runs (title, loading, the way to the public pages), so a slow server never leaves a
 * blank or greyed-out screen.
 */
import { Spin } from 'antd';
import { Navigate } from 'react-router';
import { useT } from '../i18n/i18n.tsx';

export function Splash() {
  const t = useT();
  return (
    <main className="ms-splash" aria-busy="true">
      <h1>{t('app.title')}</h1>
      <p className="ms-splash-loading">
        <Spin size="small" /> {t('common.loading')}
      </p>
      <p>
        <a href="/p/">{t('login.publicLink')}</a>
      </p>
    </main>
  );
}

/**
 * A redirect that keeps the splash on screen: `<Navigate>` itself draws nothing, so the page
 * would be blank until the next route renders.
 */
export function Redirect({ to }: { to: string }) {
  return (
    <>
      <Splash />
      <Navigate to={to} replace />
    </>
  );
}
