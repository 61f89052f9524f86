/**
 * Browser tests run against the built office app: build it once before the run when any web
 * source is newer than the build (CI's `npm ci` has built it already; a developer's edit has not).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WEB = 'src/web';
const BUILT = 'dist/web/index.html';

function newest(dir: string): number {
  let mtime = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      mtime = Math.max(mtime, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return mtime;
}

export default async function setup(): Promise<void> {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newest(WEB)) return;
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
