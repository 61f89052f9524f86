/**
 * Where attachment bytes live. The database holds only a key; a disk store is the default and an
 * S3-compatible store can implement the same three calls (keys are opaque, never user input).
 */
export interface BlobStore {
  /** Stores `bytes` under `key`; resolves once they are durable. */
  put: (key: string, bytes: Buffer) => Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get: (key: string) => Promise<Buffer | null>;
  /** Removes `key`; a missing key is not an error. */
  delete: (key: string) => Promise<void>;
}
