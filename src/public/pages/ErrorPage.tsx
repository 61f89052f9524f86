/** A refusal or a missing page, in the site's frame, with the reason in the page's language. */
import type { Lang } from '../../core/labels.ts';
import { Layout, withLang } from '../Layout.tsx';
import { word } from '../words.ts';

export function ErrorPage({
  lang,
  path,
  title,
  message,
}: {
  lang: Lang;
  path: string;
  title: string;
  message: string;
}) {
  return (
    <Layout lang={lang} title={title} path={path}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={withLang('/p/', lang)}>{word('backHome', lang)}</a>
      </p>
    </Layout>
  );
}
