/** Where the public site lives, for QR codes and feeds: the setting, else the request's own address. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readSetting } from './settings.service.ts';

/** `https://host` without a trailing slash; `requestOrigin` is the request's `protocol://host`. */
export async function publicBaseUrl(db: Kysely<Database>, requestOrigin: string): Promise<string> {
  return ((await readSetting(db, 'public.baseUrl')) ?? requestOrigin).replace(/\/+$/, '');
}

/** The public page of an item or a plan. */
export const itemPageUrl = (base: string, itemId: number) => `${base}/p/items/${itemId}`;
export const planPageUrl = (base: string, planId: number) => `${base}/p/plans/${planId}`;
