/**
 * The A4 poster for a project site (/p/items/:id/poster, /p/plans/:id/poster): the commitment,
 * its targets, the lead unit, the deadline and the 民生码, laid out for one printed page
 * (@page A4 in poster.css). The code is embedded, so the page prints offline once opened.
 */
import type { Lang } from '../../core/labels.ts';
import { POSTER_CSS } from '../assets.ts';
import { defineWords } from '../words.ts';

const w = defineWords({
  banner: { zh: '民生实事 · 项目公示', en: 'Livelihood commitment · project notice' },
  targets: { zh: '目标任务', en: 'Targets' },
  leadUnit: { zh: '牵头单位', en: 'Lead unit' },
  deadline: { zh: '完成时限', en: 'Deadline' },
  scan: { zh: '扫码查看进展、留言评价', en: 'Scan to see progress, comment and rate' },
  print: { zh: '打印本页（A4）', en: 'Print this page (A4)' },
});

export interface PosterProps {
  lang: Lang;
  heading: string;
  title: string;
  facts: { targets: string[]; leadUnit: string | null; deadline: string | null };
  url: string;
  /** The QR code as an SVG document. */
  qrSvg: string;
  issuer: string;
}

export function PosterPage({ lang, heading, title, facts, url, qrSvg, issuer }: PosterProps) {
  const src = `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`;
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={POSTER_CSS} />
      </head>
      <body>
        <main className="poster">
          <p className="banner">{w('banner', lang)}</p>
          <p className="heading">{heading}</p>
          <h1>{title}</h1>
          <dl>
            {facts.targets.length > 0 && (
              <div>
                <dt>{w('targets', lang)}</dt>
                <dd>
                  <ul>
                    {facts.targets.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {facts.leadUnit && (
              <div>
                <dt>{w('leadUnit', lang)}</dt>
                <dd>{facts.leadUnit}</dd>
              </div>
            )}
            {facts.deadline && (
              <div>
                <dt>{w('deadline', lang)}</dt>
                <dd>{facts.deadline}</dd>
              </div>
            )}
          </dl>
          <figure className="qr">
            <img src={src} alt={url} />
            <figcaption>
              <strong>{w('scan', lang)}</strong>
              <span className="url">{url}</span>
            </figcaption>
          </figure>
          <p className="issuer">{issuer}</p>
        </main>
        <p className="no-print">{w('print', lang)}: Ctrl+P / ⌘P</p>
      </body>
    </html>
  );
}
