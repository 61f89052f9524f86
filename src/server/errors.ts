/**
 * Domain errors and the one table that maps each code to an HTTP status and its Chinese and
 * English messages. Services throw `AppError`; only the error handler knows about HTTP.
 */
export const ERRORS = {
  validation_failed: { status: 400, zh: '请求参数不正确', en: 'The request is not valid' },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please sign in' },
  login_failed: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  forbidden: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  csrf_failed: { status: 403, zh: '请求缺少有效的CSRF令牌', en: 'Missing or invalid CSRF token' },
  not_found: { status: 404, zh: '未找到', en: 'Not found' },
  version_conflict: {
    status: 409,
    zh: '数据已被他人修改，请刷新后重试',
    en: 'Someone else changed this; reload and try again',
  },
  invalid_transition: {
    status: 409,
    zh: '当前状态下不能执行此操作',
    en: 'Not allowed in the current state',
  },
  period_closed: { status: 409, zh: '该报告期已关闭', en: 'The reporting period is closed' },
  already_exists: { status: 409, zh: '已存在', en: 'Already exists' },
  period_already_imported: {
    status: 409,
    zh: '该计划的此报告期已导入过',
    en: 'This period of the plan has already been imported',
  },
  file_missing: { status: 400, zh: '请上传文件', en: 'Upload a file' },
  file_too_large: { status: 413, zh: '文件过大', en: 'The file is too large' },
  unsupported_format: { status: 415, zh: '无法识别的文件格式', en: 'Unrecognised file format' },
  not_a_table: { status: 422, zh: '文件不是进展情况表', en: 'The file is not a progress table' },
  rate_limited: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  uri_too_long: {
    status: 414,
    zh: '请求地址过长',
    en: 'The request URL is too long',
  },
  pdf_unavailable: {
    status: 503,
    zh: '本服务器未安装Chromium，无法生成PDF；请改用 .docx 或打印视图（html）',
    en: 'Chromium is not installed on this server, so no PDF can be made; use .docx or the print view (html)',
  },
  password_too_short: {
    status: 400,
    zh: '密码太短：至少需要10个字符',
    en: 'The password is too short: it needs at least 10 characters',
  },
  password_too_simple: {
    status: 400,
    zh: '密码太简单：须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password is too simple: use at least three of upper-case letters, lower-case letters, digits and symbols',
  },
  password_contains_name: {
    status: 400,
    zh: '密码不得与用户名相同，也不得包含用户名',
    en: 'The password may not be or contain the user name',
  },
  password_reused: {
    status: 400,
    zh: '不得使用最近用过的密码',
    en: 'The password was used recently; choose another',
  },
  password_wrong: { status: 403, zh: '当前密码不正确', en: 'The current password is wrong' },
  password_change_required: {
    status: 403,
    zh: '请先修改密码（初始密码或管理员设置的密码须在首次登录时修改）',
    en: 'Change your password first (a first password, or one an administrator set, must be changed at first sign-in)',
  },
  account_locked: {
    status: 401,
    zh: '登录失败次数过多，账号已锁定，请稍后再试或联系安全管理员解锁',
    en: 'Too many failed sign-ins: the account is locked; try later or ask the security administrator to unlock it',
  },
  account_disabled: {
    status: 401,
    zh: '账号已停用，请联系系统管理员',
    en: 'The account is disabled; ask the system administrator',
  },
  totp_required: {
    status: 401,
    zh: '请输入身份验证器中的6位动态码（totp）',
    en: 'Enter the 6-digit code from your authenticator app (totp)',
  },
  totp_failed: { status: 401, zh: '动态码不正确或已使用', en: 'Wrong or already used code' },
  totp_not_enrolled: {
    status: 409,
    zh: '尚未开始绑定身份验证器',
    en: 'No authenticator enrolment is pending',
  },
  unit_unknown: {
    status: 400,
    zh: '没有这个单位；如确为新单位，请注明新建',
    en: 'No such unit; if it is a new one, say so',
  },
  leader_unknown: {
    status: 400,
    zh: '没有这位领导；如确为新增，请注明新建',
    en: 'No such leader; if it is a new one, say so',
  },
  privileged_account: {
    status: 403,
    zh: '系统管理员、安全管理员、审计管理员账号只能由安全管理员或命令行管理',
    en: 'Accounts of the system, security and audit administrators are managed only by the security administrator or the command line',
  },
  own_account: {
    status: 403,
    zh: '不能对自己的账号执行此操作',
    en: 'You may not do this to your own account',
  },
  audit_chain_broken: {
    status: 409,
    zh: '审计日志校验未通过，不能归档清理；请先用 minsheng audit verify 查明',
    en: 'The audit log does not verify, so it cannot be archived and pruned; run minsheng audit verify',
  },
  attachment_refused: {
    status: 422,
    zh: '附件不是允许的照片、PDF、Word 或 Excel 文件',
    en: 'The attachment is not an accepted photo, PDF, Word or Excel file',
  },
  attachment_name_invalid: {
    status: 400,
    zh: '附件文件名不能包含路径或控制字符',
    en: 'An attachment name may not contain a path or control characters',
  },
  explanation_required: {
    status: 422,
    zh: '数据显示的进度与自报状态不一致，请填写情况说明后再提交',
    en: 'The figures disagree with the status you reported: add an explanation before submitting',
  },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  cross_site_form: {
    status: 403,
    zh: '请从本站页面提交',
    en: "Send the form from this site's own page",
  },
  contact_unreadable: {
    status: 409,
    zh: '联系方式无法打开：数据密钥与保存时的不同',
    en: 'The contact cannot be opened: the data key is not the one it was sealed with',
  },
  form_expired: {
    status: 403,
    zh: '页面已过期，请刷新后重新提交',
    en: 'The page has expired; reload it and send the form again',
  },
  proposals_closed: {
    status: 409,
    zh: '当前不在民生实事建议征集期内',
    en: 'Proposals are not being collected now',
  },
  already_voted: {
    status: 409,
    zh: '您已在本次票决中投过票',
    en: 'You have already voted in this vote',
  },
  vote_not_open: {
    status: 409,
    zh: '不在票决时间内，不能投票',
    en: 'The vote is not open at this time',
  },
  vote_not_closed: {
    status: 409,
    zh: '票决尚未结束，结果暂不公开',
    en: 'The vote has not closed yet; no result is shown before it does',
  },
  already_rated: {
    status: 409,
    zh: '您已对该事项作出测评',
    en: 'You have already rated this item',
  },
  rating_not_open: {
    status: 409,
    zh: '不在满意度测评时间内',
    en: 'The satisfaction rating is not open at this time',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type AppErrorCode = keyof typeof ERRORS;

/** A refusal the user can act on. `details` travels to the client (e.g. the current state on 409). */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: AppErrorCode;
  readonly messageEn: string;
  readonly details: unknown;

  constructor(
    code: AppErrorCode,
    options: { message?: string; messageEn?: string; details?: unknown } = {},
  ) {
    super(options.message ?? ERRORS[code].zh);
    this.code = code;
    this.messageEn = options.messageEn ?? ERRORS[code].en;
    this.details = options.details;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}
