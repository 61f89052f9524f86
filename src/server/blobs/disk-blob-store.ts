/**
 * Blobs as files under one directory: readable by the server's user only (files 0600, folders
 * 0700), fanned out by the key's first characters, written to a temporary name, synced and
 * renamed, so a crash never leaves half a file under a real key.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './blob-store.ts';

const KEY = /^[a-z0-9]{16,64}$/;

/** A new random key for a blob. */
export const newBlobKey = (): string => randomBytes(16).toString('hex');

export function diskBlobStore(root: string): BlobStore {
  const pathOf = (key: string) => {
    // Keys are made by newBlobKey; anything else would be a bug, and must not name a path.
    if (!KEY.test(key)) throw new Error(`bad blob key: ${key}`);
    return join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(join(root, key.slice(0, 2)), { recursive: true, mode: 0o700 });
      const temporary = `${path}.${randomBytes(4).toString('hex')}.part`;
      const file = await open(temporary, 'wx', 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
