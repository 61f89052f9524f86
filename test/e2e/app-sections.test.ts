/** The server answers every office app page with the app, and unknown addresses with 404. */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SECTIONS } from '../../src/server/web/office-app.ts';
import { type Site, startSite } from './site.ts';

/** Every path the web app's route tables declare (read from source: the web app is a browser build). */
const ROUTE_PATHS = readdirSync('src/web/scenes', { withFileTypes: true, recursive: true })
  .filter((f) => f.name === 'routes.ts')
  .flatMap((f) =>
    [...readFileSync(`${f.parentPath}/${f.name}`, 'utf8').matchAll(/path: '(\/[^']*)'/g)].map(
      (m) => m[1] ?? '',
    ),
  );

describe('office app addresses', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  const page = (path: string, accept = 'text/html') =>
    site.app.inject({ method: 'GET', url: path, headers: { accept } });

  it('lists the first segment of every route of the web app', () => {
    expect(ROUTE_PATHS.length).toBeGreaterThan(0);
    for (const path of ROUTE_PATHS) expect(APP_SECTIONS, path).toContain(path.split('/')[1]);
  });

  it('answers the app for its pages, 404 for other addresses, JSON for non-browsers', async () => {
    for (const path of ['/', '/login', ...ROUTE_PATHS.map((p) => p.replace(/:\w+/g, '1'))]) {
      const response = await page(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.body).toContain('<div id="root">');
    }
    const unknown = await page('/etc/passwd');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<div id="root">');
    const api = await page('/nowhere', 'application/json');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });
});
