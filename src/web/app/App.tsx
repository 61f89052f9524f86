/** The office app's routes: the login page, then every scene inside the shell for its roles. */
import { Result } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Link, RouterProvider } from 'react-router';
import { useMe } from '../api/session.ts';
import type { Me, Role } from '../api/types.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Redirect, Splash } from '../components/Splash.tsx';
import { useT } from '../i18n/i18n.tsx';
import LoginScene from '../scenes/login/LoginScene.tsx';
import { useSessionEnd } from '../scenes/login/use-session-end.ts';
import { homeFor, ROUTES } from './routes.tsx';
import { Shell } from './Shell.tsx';

/** Renders `children(me)` for a signed-in user, else sends them to the login page. */
function Session({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  useSessionEnd();
  if (me.isPending) return <Splash />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  // Signed out by the server, or a password to change first: both go through the login page.
  if (me.data.role === 'public' || me.data.mustChangePassword) {
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    return <Redirect to={`/login?next=${next}`} />;
  }
  return <>{children(me.data)}</>;
}

function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      extra={<Link to="/">{t('common.backHome')}</Link>}
    />
  );
}

function Guard({ roles, me, children }: { roles: readonly Role[]; me: Me; children: ReactNode }) {
  return roles.includes(me.role) ? children : <NotFound />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginScene /> },
  {
    path: '/',
    element: <Session>{(me) => <Shell me={me} />}</Session>,
    children: [
      {
        index: true,
        element: <Session>{(me) => <Redirect to={homeFor(me.role)} />}</Session>,
      },
      ...ROUTES.map(({ path, scene: Scene, roles }) => ({
        path,
        element: (
          <Session>
            {(me) => (
              <Guard roles={roles} me={me}>
                <Scene />
              </Guard>
            )}
          </Session>
        ),
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  // Whatever suspends on the way (a scene's code, a redirect) shows the splash, never a blank page.
  return (
    <Suspense fallback={<Splash />}>
      <RouterProvider router={router} />
    </Suspense>
  );
}
