/**
 * The frame of every public page: landmarks a screen reader announces (banner, navigation, main,
 * contentinfo), a skip link, breadcrumbs, the language switch as a plain link, and no script.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../core/labels.ts';
import { SITE_CSS } from './assets.ts';
import { word } from './words.ts';

export interface Crumb {
  href: string;
  label: string;
}

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The page's own path, to build the language switch. */
  path: string;
  /** The way here from the home page, this page excluded. */
  crumbs?: Crumb[];
  children: ReactNode;
}

/** `path` with `lang` set (Chinese is the default and needs no parameter). */
export const withLang = (path: string, lang: Lang): string => {
  const url = new URL(path, 'http://x');
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url.pathname + url.search + url.hash;
};

export function Layout({ lang, title, path, crumbs, children }: LayoutProps) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const nav = [
    ['/p/', 'navPlans'],
    ['/p/open-data', 'navOpenData'],
    ['/p/track', 'navTrack'],
    ['/p/proposals/new', 'navPropose'],
  ] as const;
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${word('siteName', lang)}`}</title>
        <link rel="stylesheet" href={SITE_CSS} />
      </head>
      <body>
        <a className="skip" href="#main">
          {word('skip', lang)}
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="site-name" href={withLang('/p/', lang)}>
              {word('siteName', lang)}
            </a>
            <nav aria-label={lang === 'zh' ? '主导航' : 'Main'}>
              {nav.map(([href, key]) => (
                <a key={href} href={withLang(href, lang)}>
                  {word(key, lang)}
                </a>
              ))}
              <a
                href={withLang(path, other)}
                hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
                lang={other === 'zh' ? 'zh-CN' : 'en'}
              >
                {word('switchLang', lang)}
              </a>
            </nav>
          </div>
        </header>
        {crumbs && crumbs.length > 0 && (
          <nav className="crumbs wrap" aria-label={word('breadcrumb', lang)}>
            <ol>
              {crumbs.map((c) => (
                <li key={c.href}>
                  <a href={withLang(c.href, lang)}>{c.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <p className="wrap">{word('footer', lang)}</p>
        </footer>
      </body>
    </html>
  );
}
