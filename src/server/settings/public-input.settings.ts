/** Limits on what citizens may post (comments, proposals): blocked words, lengths, rates. */
import { z } from 'zod';
import { defineSetting } from './define.ts';

export const publicInputSettings = {
  'public.blockedWords': defineSetting<string[]>({
    schema: z.array(z.string().trim().min(1).max(50)).max(2000),
    default: [],
    label: '公众留言与建议的屏蔽词（含任一词的内容不予接收）',
    labelEn: 'Blocked words in public comments and proposals (a text containing any is refused)',
  }),
  'public.postsPerHour': defineSetting<number>({
    schema: z.number().int().min(1).max(1000),
    default: 10,
    label: '同一网络地址每小时可提交的留言与建议数',
    labelEn: 'Comments and proposals one network address may post per hour',
  }),
};
