/**
 * The folder holding package.json, found by walking up from this module. Source runs from
 * src/server/, the bundle from dist/: files shipped beside the code (samples, the built web app)
 * are found the same way from both.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server code');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();

/** A path inside the package: `fromRoot('samples', 'x.txt')`. */
export const fromRoot = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);
