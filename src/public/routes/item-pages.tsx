/**
 * An item's page with its comment form, the form's post, and the tracking page. The post is a
 * plain form (no script): checked for its origin and its signed token, rate limited per address,
 * and answered 303 See Other to the tracking page — or, when something needs fixing, the item
 * page again with the reason and the citizen's text kept.
 */
import { z } from 'zod';
import type { Lang } from '../../core/labels.ts';
import { AppError } from '../../server/errors.ts';
import { IdParams } from '../../server/http/error-dto.ts';
import { sendPublic } from '../../server/http/public-cache.ts';
import { isSameOrigin } from '../../server/http/same-origin.ts';
import { postComment, trackComment } from '../../server/services/comment.service.ts';
import { checkFormToken, formToken, tokenSlot } from '../../server/services/form-token.ts';
import { readPublicItem } from '../../server/services/public-item.service.ts';
import { readSetting } from '../../server/services/settings.service.ts';
import { siteKey } from '../../server/services/site-key.ts';
import type { CommentFormState } from '../components/CommentForm.tsx';
import { withLang } from '../Layout.tsx';
import { htmlBody, pageOf, sendPage } from '../page.ts';
import { ItemPage } from '../pages/ItemPage.tsx';
import { TrackPage } from '../pages/TrackPage.tsx';
import { orNull, postLimit } from './form-posts.ts';
import type { PageDeps, PageRoutes } from './page-routes.ts';

const CommentForm = z.object({
  body: z.string().max(20_000).default('').describe('The comment (at most 1,000 characters)'),
  rating: z.string().max(10).default('').describe('1–5, or empty'),
  contact: z.string().max(1_000).default('').describe('Phone or e-mail, optional'),
  token: z.string().max(200).default('').describe('The signed token of the form on the item page'),
  lang: z.enum(['zh', 'en']).optional(),
});
const FORM_KEY = 'public-forms';
const purpose = (itemId: number) => `comment:${itemId}`;

async function formState(deps: PageDeps, itemId: number, slot: number): Promise<CommentFormState> {
  const key = await siteKey(deps.db, FORM_KEY);
  return { token: formToken(key, purpose(itemId), slot) };
}

export const itemPages: PageRoutes = (app, deps) => {
  const { db, cache } = deps;
  app.get('/items/:id', {
    schema: { hide: true, params: IdParams },
    handler: (request, reply) => {
      const { lang, path } = pageOf(request);
      const { id } = request.params;
      const slot = tokenSlot();
      return sendPublic(request, reply, {
        db,
        cache,
        key: `page:item:${id}:${lang}:${slot}`,
        build: async () => {
          const item = await readPublicItem(db, id);
          const form = await formState(deps, id, slot);
          return htmlBody(<ItemPage item={item} lang={lang} path={path} form={form} />);
        },
      });
    },
  });

  app.post('/items/:id/comments', {
    bodyLimit: 64 * 1024,
    config: postLimit(db),
    schema: {
      tags: ['public'],
      summary:
        "A citizen's comment on an item (an HTML form post: same origin, the page's token; 303 to the tracking page)",
      consumes: ['application/x-www-form-urlencoded'],
      params: IdParams,
      body: CommentForm,
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      const lang: Lang = request.body.lang ?? pageOf(request).lang;
      if (!isSameOrigin(request, await readSetting(db, 'public.baseUrl')))
        throw new AppError('cross_site_form');
      if (!checkFormToken(await siteKey(db, FORM_KEY), purpose(id), request.body.token))
        throw new AppError('form_expired');
      const values = {
        body: request.body.body,
        rating: request.body.rating,
        contact: request.body.contact,
      };
      try {
        const number = await postComment(
          db,
          { notifier: deps.citizenNotifier, personalData: deps.personalData },
          { itemId: id, ...values, lang },
        );
        return reply.redirect(withLang(`/p/track?no=${number}&sent=1`, lang), 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
        const item = await readPublicItem(db, id);
        const form = {
          ...(await formState(deps, id, tokenSlot())),
          values,
          error: lang === 'zh' ? error.message : error.messageEn,
        };
        const path = withLang(`/p/items/${id}`, lang);
        return sendPage(reply, 400, <ItemPage item={item} lang={lang} path={path} form={form} />);
      }
    },
  });

  app.get('/track', {
    schema: {
      hide: true,
      querystring: z.object({
        lang: z.enum(['zh', 'en']).optional(),
        no: z.string().max(60).default(''),
        sent: z.string().max(5).optional(),
      }),
    },
    handler: async (request, reply) => {
      const { lang, path } = pageOf(request);
      const typed = request.query.no.trim();
      const comment = typed ? await orNull(trackComment(db, typed)) : null;
      const page = (
        <TrackPage
          lang={lang}
          path={path}
          typed={typed}
          comment={comment}
          justSent={request.query.sent === '1'}
        />
      );
      return sendPage(reply, typed && !comment ? 404 : 200, page);
    },
  });
};
