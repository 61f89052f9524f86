/**
 * The frame of every signed-in page: the menu (a drawer on a phone), the user with their role,
 * the language switch, and the page itself.
 */
import { Button, Drawer, Dropdown, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '../api/session.ts';
import type { Me } from '../api/types.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { navFor } from './routes.tsx';
import { useIsPhone } from './use-is-phone.ts';

export function Shell({ me }: { me: Me }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const phone = useIsPhone();
  const [drawer, setDrawer] = useState(false);
  const items = navFor(me.role).map((r) => ({ key: r.path, label: t(r.nav ?? 'nav.plans') }));
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key;
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        setDrawer(false);
        void navigate(key);
      }}
    />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="ms-header">
        {phone && (
          <Button type="text" aria-label={t('nav.menu')} onClick={() => setDrawer(true)}>
            ☰
          </Button>
        )}
        <Typography.Text strong className="ms-title">
          {phone ? t('app.short') : t('app.title')}
        </Typography.Text>
        <span className="ms-header-tools">
          {/* The visible word is the accessible name (the other language's name, in it). */}
          <Button
            type="text"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            title={t('lang.label')}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('lang.switch')}
          </Button>
          <Dropdown
            menu={{
              items: [{ key: 'logout', label: t('user.logout') }],
              onClick: () => logout.mutate(undefined, { onSuccess: () => void navigate('/login') }),
            }}
          >
            <Button type="text">
              {phone ? me.name : `${me.name} · ${t(`user.role.${me.role}`)}`}
            </Button>
          </Dropdown>
        </span>
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" size={240}>
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={208} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="ms-content">
          <Suspense fallback={<Spin description={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
