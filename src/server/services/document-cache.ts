/**
 * Rendered documents, kept while they are current. The key is a hash of everything a file is
 * made from — the plan document the caller may read, the format and the options — so a saved,
 * approved or published report, a new period or an edited item yields a new key by itself,
 * and no write path has to remember to invalidate. Callers who see different reports get
 * different documents and so different keys. Identical downloads at the same moment share one
 * rendering.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** 64 MB of documents: a few hundred summary tables of a usual plan. */
const MAX_BYTES = 64 * 1024 * 1024;

const documents = new LRUCache<string, Promise<Buffer>>({
  maxSize: MAX_BYTES,
  // A rendering in progress counts as 1 byte until its size is known (see below).
  sizeCalculation: () => 1,
});

/** The cache key of a document made from `parts`. */
export const documentKey = (...parts: unknown[]): string =>
  createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/** The document under `key`, rendered by `render` when not kept (or when its rendering failed). */
export async function cachedDocument(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const kept = documents.get(key);
  if (kept) return kept;
  const rendering = render();
  documents.set(key, rendering);
  try {
    const bytes = await rendering;
    if (documents.get(key) === rendering)
      documents.set(key, rendering, { size: Math.max(1, bytes.length) });
    return bytes;
  } catch (error) {
    if (documents.get(key) === rendering) documents.delete(key);
    throw error;
  }
}
