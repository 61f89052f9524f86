/**
 * Sign-in, session, password and audit settings (等保2.0: 身份鉴别, 安全审计). Changed by the
 * system administrator like any setting; the bounds keep them within what level 3 accepts.
 */
import { z } from 'zod';
import { defineSetting } from './define.ts';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const securitySettings = {
  'auth.lockout.attempts': defineSetting<number>({
    schema: int(3, 20),
    default: 5,
    label: '连续登录失败多少次后锁定账号',
    labelEn: 'Failed sign-ins that lock an account',
  }),
  'auth.lockout.windowMinutes': defineSetting<number>({
    schema: int(1, 1440),
    default: 15,
    label: '登录失败计数的时间窗口（分钟）',
    labelEn: 'Window in which failed sign-ins are counted (minutes)',
  }),
  'auth.lockout.durationMinutes': defineSetting<number>({
    schema: int(1, 1440),
    default: 15,
    label: '账号锁定时长（分钟；安全管理员可提前解锁）',
    labelEn:
      'How long an account stays locked (minutes; the security administrator can unlock it sooner)',
  }),
  'auth.session.idleMinutes': defineSetting<number>({
    schema: int(5, 480),
    default: 30,
    label: '会话空闲超时（分钟）',
    labelEn: 'Session idle timeout (minutes)',
  }),
  'auth.session.absoluteHours': defineSetting<number>({
    schema: int(1, 24),
    default: 12,
    label: '会话最长时长（小时）',
    labelEn: 'Longest session (hours)',
  }),
  'auth.password.history': defineSetting<number>({
    schema: int(1, 24),
    default: 5,
    label: '新密码不得与最近几次使用过的密码相同',
    labelEn: 'A new password may not repeat any of this many last passwords',
  }),
  'auth.password.maxAgeDays': defineSetting<number>({
    schema: int(0, 365),
    default: 90,
    label: '密码有效期（天；到期后登录须先修改；0 表示不限）',
    labelEn:
      'Password lifetime (days; when it has passed, sign-in requires a change first; 0: unlimited)',
  }),
  'audit.retentionDays': defineSetting<number>({
    schema: int(180, 36500),
    default: 180,
    label: '审计日志最短保存天数（不少于180天；只有更早的事件才可归档清理）',
    labelEn:
      'Days the audit log is kept at least (180 or more; only older events may be archived and pruned)',
  }),
};
