/** The A4 posters with the 民生码 of an item and of a plan, for the project site. */
import type { Kysely } from 'kysely';
import type { Lang } from '../../core/labels.ts';
import { qrSvg } from '../../documents/export/qr-code.ts';
import type { Database } from '../../server/db/schema.ts';
import { IdParams } from '../../server/http/error-dto.ts';
import { sendPublic } from '../../server/http/public-cache.ts';
import { presentPublicPlan } from '../../server/presenters/public-plan.presenter.ts';
import { readPublicItem } from '../../server/services/public-item.service.ts';
import { readPublicPlan } from '../../server/services/public-plan.service.ts';
import { itemPageUrl, planPageUrl, publicBaseUrl } from '../../server/services/public-url.ts';
import { formatDate } from '../format.ts';
import { htmlBody, pageOf, requestOrigin } from '../page.ts';
import { PosterPage, type PosterProps } from '../pages/PosterPage.tsx';
import { pw } from '../plan-words.ts';
import { fill } from '../words.ts';
import type { PageRoutes } from './page-routes.ts';

type PosterText = Pick<PosterProps, 'heading' | 'title' | 'facts' | 'issuer'>;

/** What each kind of poster says, and where its code points. */
const POSTERS: Record<
  'items' | 'plans',
  {
    pageUrl: (base: string, id: number) => string;
    text: (db: Kysely<Database>, id: number, lang: Lang) => Promise<PosterText>;
  }
> = {
  items: {
    pageUrl: itemPageUrl,
    text: async (db, id, lang) => {
      const item = await readPublicItem(db, id);
      const stated = item.current ?? item.history[0];
      return {
        heading: `${item.plan.title} · ${fill(pw('itemNo', lang), { no: item.no })}`,
        title: item.task,
        facts: {
          targets: (stated?.indicators ?? []).map((x) => `${x.what} ${x.targetText}`.trim()),
          leadUnit: item.leadUnit,
          deadline: formatDate(item.deadline, lang),
        },
        issuer: item.plan.title,
      };
    },
  },
  plans: {
    pageUrl: planPageUrl,
    text: async (db, id) => {
      const plan = presentPublicPlan(await readPublicPlan(db, id));
      return {
        heading: plan.jurisdiction,
        title: plan.title,
        facts: {
          targets: plan.categories.map((c) => [c.ordinal, c.title].filter(Boolean).join('、')),
          leadUnit: null,
          deadline: null,
        },
        issuer: plan.jurisdiction,
      };
    },
  },
};

export const posterPages: PageRoutes = (app, { db, cache }) => {
  for (const [kind, poster] of Object.entries(POSTERS)) {
    app.get(`/${kind}/:id/poster`, {
      schema: { hide: true, params: IdParams },
      handler: async (request, reply) => {
        const { lang } = pageOf(request);
        const { id } = request.params;
        const base = await publicBaseUrl(db, requestOrigin(request));
        return sendPublic(request, reply, {
          db,
          cache,
          key: `page:poster:${kind}:${id}:${lang}:${base}`,
          build: async () => {
            const url = poster.pageUrl(base, id);
            const text = await poster.text(db, id, lang);
            return htmlBody(
              <PosterPage lang={lang} {...text} url={url} qrSvg={await qrSvg(url)} />,
            );
          },
        });
      },
    });
  }
};
