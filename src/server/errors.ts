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
  explanation_required: {
    status: 422,
    zh: '数据显示的进度与自报状态不一致，请填写情况说明后再提交',
    en: 'The figures disagree with the status you reported: add an explanation before submitting',
  },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
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
