/**
 * The office app's words in Chinese: the source of every key. A scene adds its keys here under
 * its own prefix, and the English file must then name them too (the compiler checks).
 */
export const zh = {
  'app.title': '民生实事督办平台',
  'app.short': '民生实事',
  'lang.switch': 'English',
  'lang.label': '界面语言',
  'nav.plans': '计划',
  'nav.menu': '菜单',
  'user.logout': '退出登录',
  'user.role.admin': '督查室',
  'user.role.sysadmin': '系统管理员',
  'user.role.secadmin': '安全管理员',
  'user.role.auditor': '审计管理员',
  'user.role.leader': '分管领导',
  'user.role.reporter': '责任单位',
  'user.role.deputy': '人大代表',
  'user.role.public': '公众',
  'login.title': '登录',
  'login.name': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.required': '请填写{field}',
  'login.publicLink': '查看公开的民生实事进展',
  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.notFound': '页面不存在',
  'common.backHome': '返回首页',
  'common.none': '暂无',
  'plans.title': '民生实事计划',
  'plans.year': '年度',
  'plans.jurisdiction': '地区',
  'plans.items': '项数',
} as const;

export type MessageKey = keyof typeof zh;
