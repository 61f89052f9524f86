/**
 * Every setting Minsheng knows, by key. A feature adds its settings in a file of its own under
 * settings/ and spreads them in here; the service refuses keys not listed.
 */
import { z } from 'zod';
import { congressSettings } from './congress.settings.ts';
import { defineSetting } from './define.ts';
import { publicInputSettings } from './public-input.settings.ts';
import { publicSiteSettings } from './public-site.settings.ts';
import { securitySettings } from './security.ts';
import { supervisionSettings } from './supervision.settings.ts';

const siteSettings = {
  'public.baseUrl': defineSetting<string | null>({
    schema: z.url().max(200).nullable(),
    default: null,
    label: '公开站点地址（二维码指向此地址；留空则取请求地址）',
    labelEn: 'Public site address (QR codes point here; empty: the address of the request)',
  }),
};

export const SETTINGS = {
  ...siteSettings,
  ...publicInputSettings,
  ...publicSiteSettings,
  ...securitySettings,
  ...supervisionSettings,
  ...congressSettings,
};

export type SettingKey = keyof typeof SETTINGS;

/** The value type of each setting. */
export type Settings = {
  [K in SettingKey]: (typeof SETTINGS)[K] extends { default: infer T } ? T : never;
};

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);

/** A secret setting's value as the API and the audit log show it: whether it is set, never what. */
export const maskSetting = (key: string, value: unknown): unknown =>
  isSettingKey(key) && 'secret' in SETTINGS[key] && value !== null ? '••••••' : value;
