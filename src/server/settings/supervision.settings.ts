/**
 * The supervision office's knobs: when a notice (督办单) is raised and at which tier, when
 * reminders (催报) go out and how a failed one is retried, and the mail server they go through.
 * The pace cut-offs default to the assessment's own (core/assess/thresholds.ts), so out of the
 * box a notice says exactly what the assessment says.
 */
import { z } from 'zod';
import { THRESHOLDS } from '../../core/assess/thresholds.ts';
import { defineSetting } from './define.ts';

const Tier = z.enum(['blue', 'yellow', 'red']);
const pace = z.number().min(0).max(1);
const days = z.number().int().min(0).max(366);

export const supervisionSettings = {
  'supervision.timeZone': defineSetting<string>({
    schema: z
      .string()
      .max(64)
      .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC'),
    default: 'Asia/Shanghai',
    label: '督办与催报按此时区计算日期',
    labelEn: 'Time zone in which notices and reminders count dates',
  }),
  'supervision.blueDaysBeforeDue': defineSetting<number>({
    schema: days,
    default: 3,
    label: '蓝色督办单：距报送截止日不足几天仍未报送',
    labelEn: 'Blue notice: days before the due date with no report submitted',
  }),
  'supervision.yellowPace': defineSetting<number>({
    schema: pace,
    default: THRESHOLDS.onTrackPace,
    label: '黄色督办单：完成率与序时进度之比低于此值（滞后）',
    labelEn: 'Yellow notice: completion ÷ expected below this (lagging)',
  }),
  'supervision.redPace': defineSetting<number>({
    schema: pace,
    default: THRESHOLDS.severePace,
    label: '红色督办单：完成率与序时进度之比低于此值（严重滞后）',
    labelEn: 'Red notice: completion ÷ expected below this (severely lagging)',
  }),
  'supervision.yellowAfterReturns': defineSetting<number>({
    schema: z.number().int().min(1).max(20),
    default: 2,
    label: '黄色督办单：同一报告被退回的次数',
    labelEn: 'Yellow notice: times one report has been returned',
  }),
  'supervision.overdueGraceDays': defineSetting<number>({
    schema: days,
    default: 0,
    label: '红色督办单：超过报送截止日几天仍未报送',
    labelEn: 'Red notice: days past the due date with no report submitted',
  }),
  'supervision.instructionTier': defineSetting<z.infer<typeof Tier>>({
    schema: Tier,
    default: 'yellow',
    label: '领导批示启动的督办单等级',
    labelEn: "Tier of the notice a leader's instruction starts",
  }),
  'supervision.answerWithinDays': defineSetting<Record<z.infer<typeof Tier>, number>>({
    schema: z.object({ blue: days, yellow: days, red: days }),
    default: { blue: 5, yellow: 3, red: 2 },
    label: '督办单反馈时限（天），按等级',
    labelEn: 'Days a unit has to answer a notice, by tier',
  }),
  'reminders.daysBefore': defineSetting<number>({
    schema: days,
    default: 1,
    label: '报送截止日前几天催报',
    labelEn: 'Days before the due date the first reminder goes out',
  }),
  'reminders.retryBaseMinutes': defineSetting<number>({
    schema: z.number().int().min(1).max(1440),
    default: 5,
    label: '催报发送失败后首次重试的间隔（分钟，此后每次加倍）',
    labelEn: 'Minutes before the first retry of a failed reminder (doubling after)',
  }),
  'reminders.maxAttempts': defineSetting<number>({
    schema: z.number().int().min(1).max(20),
    default: 6,
    label: '催报最多发送尝试次数',
    labelEn: 'Attempts before a reminder is reported as failed',
  }),
  'mail.host': defineSetting<string | null>({
    schema: z.string().trim().min(1).max(255).nullable(),
    default: null,
    label: '发信服务器（SMTP）地址；留空则只发站内通知',
    labelEn: 'SMTP host; empty: in-app notices only',
  }),
  'mail.port': defineSetting<number>({
    schema: z.number().int().min(1).max(65535),
    default: 465,
    label: '发信服务器端口',
    labelEn: 'SMTP port',
  }),
  'mail.tls': defineSetting<'implicit' | 'starttls' | 'none'>({
    schema: z.enum(['implicit', 'starttls', 'none']),
    default: 'implicit',
    label: '加密方式：implicit（SSL，端口465）、starttls（端口587）、none（仅限内网）',
    labelEn: 'Encryption: implicit (SSL, port 465), starttls (port 587), none (internal only)',
  }),
  'mail.from': defineSetting<string | null>({
    schema: z.string().trim().max(255).nullable(),
    default: null,
    label: '发件人，如“示例市民生办 <msb@example.gov.cn>”',
    labelEn: 'Sender, e.g. "City livelihood office <msb@example.gov.cn>"',
  }),
  'mail.user': defineSetting<string | null>({
    schema: z.string().max(255).nullable(),
    default: null,
    label: '发信账号（无需认证则留空）',
    labelEn: 'SMTP user (empty when the server needs none)',
  }),
  'mail.password': defineSetting<string | null>({
    schema: z.string().max(255).nullable(),
    default: null,
    secret: true,
    label: '发信密码（只写，不会回显）',
    labelEn: 'SMTP password (write-only, never shown)',
  }),
};
