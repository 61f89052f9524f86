/**
 * A plan's Atom feed (RFC 4287): one entry per publication, newest first, linking to the item's
 * public page. Built with fast-xml-parser's builder, which escapes every text and attribute.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { STATUS_WORDS } from '../../core/labels.ts';
import type { ItemStatus } from '../../core/model.ts';
import type { FeedEntry } from '../services/public-feed.service.ts';
import { itemPageUrl, planPageUrl } from '../services/public-url.ts';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

const statusWord = (status: string) => STATUS_WORDS[status as ItemStatus]?.zh ?? status;

export function presentAtomFeed(options: {
  base: string;
  plan: { id: number; title: string; jurisdiction: string };
  entries: FeedEntry[];
}): string {
  const { base, plan, entries } = options;
  const planUrl = planPageUrl(base, plan.id);
  const feed = {
    '@_xmlns': 'http://www.w3.org/2005/Atom',
    '@_xml:lang': 'zh-CN',
    id: `${planUrl}#feed`,
    title: `${plan.title} · 进展发布`,
    updated: entries[0]?.updated ?? new Date(0).toISOString(),
    author: { name: plan.jurisdiction },
    link: [
      { '@_rel': 'self', '@_href': `${base}/api/public/plans/${plan.id}/feed.atom` },
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': planUrl },
    ],
    entry: entries.map((e) => ({
      id: `${itemPageUrl(base, e.itemId)}#publication-${e.publicationId}`,
      title: `第${e.no}项 ${e.periodLabel}进展${e.edition > 1 ? `（更正第${e.edition - 1}次）` : ''}：${statusWord(e.status)}`,
      published: e.published,
      updated: e.updated,
      link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': itemPageUrl(base, e.itemId) },
      summary: { '@_type': 'text', '#text': e.task },
      content: {
        '@_type': 'text',
        '#text': [e.statusLabel, ...e.points].filter(Boolean).join('\n'),
      },
    })),
  };
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, feed });
}
