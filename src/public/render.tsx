/**
 * Public pages are React components rendered to HTML on the server: escaping is React's, the
 * markup is checked by the compiler, and citizens download no script.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** The whole document for a page element (a <Layout>). */
export const renderDocument = (page: ReactElement): string =>
  `<!doctype html>${renderToStaticMarkup(page)}`;
