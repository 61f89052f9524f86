/** The public site's open data: the licence it is published under. */
import { z } from 'zod';
import { defineSetting } from './define.ts';

export const publicSiteSettings = {
  'public.dataLicence': defineSetting<{ name: string; url: string }>({
    schema: z.object({ name: z.string().trim().min(1).max(100), url: z.url().max(300) }),
    default: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
    label: '开放数据的许可协议（名称与链接）',
    labelEn: 'Licence of the open data (name and link)',
  }),
};
