/**
 * /p/proposals/new: the proposal form (征集), a plain HTML form post without script, with a
 * signed token; outside the collection window it says when proposals are taken.
 */
import type { Lang } from '../../core/labels.ts';
import type { ProposalWindowDto } from '../../server/presenters/proposal.presenter.ts';
import { PROPOSAL_BODY_MAX, PROPOSAL_TITLE_MAX } from '../../server/services/proposal.service.ts';
import { pw } from '../congress-words.ts';
import { formatDate } from '../format.ts';
import { Layout, withLang } from '../Layout.tsx';
import { fill } from '../words.ts';

export interface ProposalFormState {
  token: string;
  values?: { title: string; body: string; place: string; contact: string };
  error?: string;
}

export function ProposalFormPage({
  lang,
  path,
  window,
  form,
}: {
  lang: Lang;
  path: string;
  window: ProposalWindowDto | null;
  form: ProposalFormState;
}) {
  const values = form.values ?? { title: '', body: '', place: '', contact: '' };
  return (
    <Layout lang={lang} title={pw('newTitle', lang)} path={path}>
      <h1>{pw('newTitle', lang)}</h1>
      {!window ? (
        <p>{pw('closed', lang)}</p>
      ) : (
        <>
          <p>{pw('intro', lang)}</p>
          <p className="muted">
            {fill(pw('window', lang), {
              from: formatDate(window.opensOn, lang),
              to: formatDate(window.closesOn, lang),
            })}
          </p>
          {form.error && (
            <div className="error-summary" role="alert" aria-labelledby="error-title">
              <h2 id="error-title">{pw('problem', lang)}</h2>
              <p>
                <a href="#title">{form.error}</a>
              </p>
            </div>
          )}
          <form method="post" action={withLang('/p/proposals', lang)} className="form">
            <input type="hidden" name="token" value={form.token} />
            <input type="hidden" name="lang" value={lang} />
            <div className="field">
              <label htmlFor="title">{pw('title', lang)}</label>
              <p className="hint" id="title-hint">
                {fill(pw('titleHint', lang), { max: PROPOSAL_TITLE_MAX })}
              </p>
              <input
                id="title"
                name="title"
                type="text"
                required
                maxLength={PROPOSAL_TITLE_MAX}
                aria-describedby="title-hint"
                defaultValue={values.title}
              />
            </div>
            <div className="field">
              <label htmlFor="body">{pw('body', lang)}</label>
              <p className="hint" id="body-hint">
                {fill(pw('bodyHint', lang), { max: PROPOSAL_BODY_MAX })}
              </p>
              <textarea
                id="body"
                name="body"
                rows={6}
                required
                maxLength={PROPOSAL_BODY_MAX}
                aria-describedby="body-hint"
                defaultValue={values.body}
              />
            </div>
            <div className="field">
              <label htmlFor="place">{pw('place', lang)}</label>
              <input
                id="place"
                name="place"
                type="text"
                maxLength={100}
                defaultValue={values.place}
              />
            </div>
            <div className="field">
              <label htmlFor="contact">{pw('contact', lang)}</label>
              <p className="hint" id="contact-hint">
                {pw('contactHint', lang)}
              </p>
              <input
                id="contact"
                name="contact"
                type="text"
                autoComplete="email"
                maxLength={100}
                aria-describedby="contact-hint"
                defaultValue={values.contact}
              />
            </div>
            <button type="submit" className="button">
              {pw('submit', lang)}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={withLang('/p/proposals/track', lang)}>{pw('trackTitle', lang)}</a>
      </p>
    </Layout>
  );
}
