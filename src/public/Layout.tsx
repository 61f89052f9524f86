/**
 * The frame of every public page: landmarks a screen reader announces (banner, navigation, main,
 * contentinfo), a skip link, the language switch as a plain link, and no script at all.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../core/labels.ts';
import { word } from './words.ts';

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The page's own path, to build the language switch. */
  path: string;
  children: ReactNode;
}

/** `path` with `lang` set (Chinese is the default and needs no parameter). */
export const withLang = (path: string, lang: Lang): string => {
  const url = new URL(path, 'http://x');
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url.pathname + url.search;
};

export function Layout({ lang, title, path, children }: LayoutProps) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${word('siteName', lang)}`}</title>
        <link rel="stylesheet" href="/p/assets/site.css" />
      </head>
      <body>
        <a className="skip" href="#main">
          {word('skip', lang)}
        </a>
        <header className="site-header">
          <a className="site-name" href={withLang('/p/', lang)}>
            {word('siteName', lang)}
          </a>
          <nav aria-label={lang === 'zh' ? '主导航' : 'Main'}>
            <a href={withLang('/p/', lang)}>{word('navPlans', lang)}</a>
            <a href={withLang(path, other)} hrefLang={other === 'zh' ? 'zh-CN' : 'en'}>
              {word('switchLang', lang)}
            </a>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>{word('footer', lang)}</p>
        </footer>
      </body>
    </html>
  );
}
