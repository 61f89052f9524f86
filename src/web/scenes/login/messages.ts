/** Words of the sign-in steps beyond name and password: the authenticator code, idle sign-out. */
import { defineMessages } from '../../i18n/define.ts';

export const loginMessages = defineMessages(
  {
    'login.totp': '动态码',
    'login.totpIntro': '此账号已启用两步验证：请输入身份验证器中的6位动态码。',
    'login.idle': '登录已结束（长时间未操作，或会话已被结束），请重新登录。',
    'login.back': '返回',
  },
  {
    'login.totp': 'Code',
    'login.totpIntro':
      'This account uses two-step sign-in: enter the 6-digit code of your authenticator.',
    'login.idle':
      'Your session ended (a while without activity, or it was ended); please sign in again.',
    'login.back': 'Back',
  },
);
