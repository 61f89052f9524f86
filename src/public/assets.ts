/**
 * Addresses of the site's own assets, named by their content hash: a browser keeps the style
 * sheet for a year and fetches a new one only when it changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../server/package-root.ts';

export const ASSETS_DIR = fromRoot('src', 'public', 'assets');

const versioned = (name: string) =>
  `/p/assets/${name}?v=${createHash('sha1')
    .update(readFileSync(`${ASSETS_DIR}/${name}`))
    .digest('base64url')
    .slice(0, 10)}`;

export const SITE_CSS = versioned('site.css');
export const POSTER_CSS = versioned('poster.css');
