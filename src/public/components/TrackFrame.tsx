/**
 * The frame of a "look up my number" page (a comment's, a proposal's): the confirmation right
 * after sending, the result or why there is none, and the lookup form, in the page's own words.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../core/labels.ts';
import { Layout } from '../Layout.tsx';

export interface TrackWords {
  title: string;
  received: string;
  keepNumber: string;
  intro: string;
  notFound: string;
  number: string;
  hint: string;
  submit: string;
}

export function TrackFrame({
  lang,
  path,
  action,
  words,
  typed,
  found,
  justSent,
  children,
}: {
  lang: Lang;
  path: string;
  /** Where the lookup form goes: /p/track, /p/proposals/track. */
  action: string;
  words: TrackWords;
  typed: string;
  /** The tracking number found, or null. */
  found: string | null;
  justSent: boolean;
  /** The result, when found. */
  children?: ReactNode;
}) {
  return (
    <Layout lang={lang} title={words.title} path={path}>
      {justSent && found && (
        <div className="confirmation" role="status">
          <h1>{words.received}</h1>
          <p>{words.keepNumber}</p>
          <p className="number big">{found}</p>
        </div>
      )}
      {!justSent && <h1>{words.title}</h1>}
      {found ? (
        children
      ) : (
        <>
          <p>{words.intro}</p>
          {typed && (
            <div className="error-summary" role="alert">
              <p>{words.notFound}</p>
            </div>
          )}
        </>
      )}
      <form method="get" action={action} className="form track-form">
        {lang === 'en' && <input type="hidden" name="lang" value="en" />}
        <div className="field">
          <label htmlFor="no">{words.number}</label>
          <p className="hint" id="no-hint">
            {words.hint}
          </p>
          <input
            id="no"
            name="no"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-describedby="no-hint"
            defaultValue={typed}
          />
        </div>
        <button type="submit" className="button">
          {words.submit}
        </button>
      </form>
    </Layout>
  );
}
