/**
 * The deputies' year on the public site: the proposal form and its post (same origin, a signed
 * token, the public posting rate per address, 303 to the tracking page), the proposal tracking
 * page, the vote result and the rating result. Pages that depend on a person's number or on the
 * clock are not cached.
 */
import { z } from 'zod';
import type { Lang } from '../../core/labels.ts';
import { AppError } from '../../server/errors.ts';
import { IdParams } from '../../server/http/error-dto.ts';
import { isSameOrigin } from '../../server/http/same-origin.ts';
import { Grade } from '../../server/presenters/rating.presenter.ts';
import { checkFormToken, formToken, tokenSlot } from '../../server/services/form-token.ts';
import {
  currentWindow,
  postProposal,
  trackProposal,
} from '../../server/services/proposal.service.ts';
import {
  ratePubliclyMany,
  readOpenRating,
  readPublicRating,
} from '../../server/services/rating.service.ts';
import { readSetting } from '../../server/services/settings.service.ts';
import { siteKey } from '../../server/services/site-key.ts';
import { readPublicVote } from '../../server/services/vote.service.ts';
import { withLang } from '../Layout.tsx';
import { pageOf, sendPage } from '../page.ts';
import { ProposalFormPage, type ProposalFormState } from '../pages/ProposalFormPage.tsx';
import { ProposalTrackPage } from '../pages/ProposalTrackPage.tsx';
import { PublicRatingFormPage } from '../pages/PublicRatingFormPage.tsx';
import { RatingResultPage } from '../pages/RatingResultPage.tsx';
import { VoteResultPage } from '../pages/VoteResultPage.tsx';
import { orNull, postLimit } from './form-posts.ts';
import type { PageRoutes } from './page-routes.ts';

const ProposalForm = z.object({
  title: z.string().max(2_000).default(''),
  body: z.string().max(20_000).default(''),
  place: z.string().max(1_000).default(''),
  contact: z.string().max(1_000).default(''),
  token: z.string().max(200).default(''),
  lang: z.enum(['zh', 'en']).optional(),
});
const FORM_KEY = 'public-forms';
const PURPOSE = 'proposal';

export const congressPages: PageRoutes = (app, deps) => {
  const { db, clock } = deps;
  const ctx = { db, clock };
  const formState = async (): Promise<ProposalFormState> => ({
    token: formToken(await siteKey(db, FORM_KEY), PURPOSE, tokenSlot()),
  });

  app.get('/proposals/new', {
    schema: { hide: true, querystring: z.object({ lang: z.enum(['zh', 'en']).optional() }) },
    handler: async (request, reply) => {
      const { lang, path } = pageOf(request);
      const window = await currentWindow(ctx);
      const page = (
        <ProposalFormPage lang={lang} path={path} window={window} form={await formState()} />
      );
      return sendPage(reply, 200, page);
    },
  });

  app.post('/proposals', {
    bodyLimit: 64 * 1024,
    config: postLimit(db),
    schema: {
      tags: ['public'],
      summary:
        "A citizen's proposal (an HTML form post: same origin, the form's token; 303 to the tracking page)",
      consumes: ['application/x-www-form-urlencoded'],
      body: ProposalForm,
    },
    handler: async (request, reply) => {
      const lang: Lang = request.body.lang ?? pageOf(request).lang;
      if (!isSameOrigin(request, await readSetting(db, 'public.baseUrl')))
        throw new AppError('cross_site_form');
      if (!checkFormToken(await siteKey(db, FORM_KEY), PURPOSE, request.body.token))
        throw new AppError('form_expired');
      const { title, body, place, contact } = request.body;
      const values = { title, body, place, contact };
      try {
        const number = await postProposal(ctx, deps, { ...values, lang });
        return reply.redirect(withLang(`/p/proposals/track?no=${number}&sent=1`, lang), 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
        const form = {
          ...(await formState()),
          values,
          error: lang === 'zh' ? error.message : error.messageEn,
        };
        const page = (
          <ProposalFormPage
            lang={lang}
            path={withLang('/p/proposals/new', lang)}
            window={await currentWindow(ctx)}
            form={form}
          />
        );
        return sendPage(reply, 400, page);
      }
    },
  });

  app.get('/proposals/track', {
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
      const proposal = typed ? await orNull(trackProposal(db, typed)) : null;
      const page = (
        <ProposalTrackPage
          lang={lang}
          path={path}
          typed={typed}
          proposal={proposal}
          justSent={request.query.sent === '1'}
        />
      );
      return sendPage(reply, typed && !proposal ? 404 : 200, page);
    },
  });

  app.get('/votes/:id', {
    schema: {
      hide: true,
      params: IdParams,
      querystring: z.object({ lang: z.enum(['zh', 'en']).optional() }),
    },
    handler: async (request, reply) => {
      const { lang, path } = pageOf(request);
      const vote = await readPublicVote(ctx, request.params.id);
      if (!vote.publishedAt) throw new AppError('not_found');
      return sendPage(reply, 200, <VoteResultPage lang={lang} path={path} vote={vote} />);
    },
  });

  const ratingPurpose = (id: number) => `rating:${id}`;
  const ratingPage = async (
    id: number,
    lang: Lang,
    path: string,
    extra: { sent: boolean; error?: string },
  ) => {
    const open = await orNull(readOpenRating(ctx, id));
    if (!open)
      return <RatingResultPage lang={lang} path={path} rating={await readPublicRating(ctx, id)} />;
    const token = formToken(await siteKey(db, FORM_KEY), ratingPurpose(id), tokenSlot());
    return <PublicRatingFormPage lang={lang} path={path} rating={{ ...open, token }} {...extra} />;
  };

  app.get('/ratings/:id', {
    schema: {
      hide: true,
      params: IdParams,
      querystring: z.object({
        lang: z.enum(['zh', 'en']).optional(),
        sent: z.string().max(5).optional(),
      }),
    },
    handler: async (request, reply) => {
      const { lang, path } = pageOf(request);
      const page = await ratingPage(request.params.id, lang, path, {
        sent: request.query.sent === '1',
      });
      return sendPage(reply, 200, page);
    },
  });

  app.post('/ratings/:id', {
    bodyLimit: 64 * 1024,
    config: postLimit(db),
    schema: {
      tags: ['public'],
      summary:
        "A citizen's ratings of the items (an HTML form post: item<ID>=satisfied|basically_satisfied|unsatisfied, the page's token; 303 back)",
      consumes: ['application/x-www-form-urlencoded'],
      params: IdParams,
      body: z.record(z.string().max(20), z.string().max(200)),
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      const body = request.body;
      const lang: Lang = body.lang === 'en' ? 'en' : 'zh';
      if (!isSameOrigin(request, await readSetting(db, 'public.baseUrl')))
        throw new AppError('cross_site_form');
      if (!checkFormToken(await siteKey(db, FORM_KEY), ratingPurpose(id), body.token ?? ''))
        throw new AppError('form_expired');
      const grades = Object.entries(body).flatMap(([key, value]) => {
        const itemId = /^item(\d{1,10})$/.exec(key)?.[1];
        const grade = Grade.safeParse(value);
        return itemId && grade.success ? [{ itemId: Number(itemId), grade: grade.data }] : [];
      });
      try {
        await ratePubliclyMany(ctx, id, grades);
        return reply.redirect(withLang(`/p/ratings/${id}?sent=1`, lang), 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
        const path = withLang(`/p/ratings/${id}`, lang);
        const message = lang === 'zh' ? error.message : error.messageEn;
        return sendPage(
          reply,
          400,
          await ratingPage(id, lang, path, { sent: false, error: message }),
        );
      }
    },
  });
};
