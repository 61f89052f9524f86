/** Words of the audit log page. */
import { defineMessages } from '../../i18n/define.ts';

export const auditMessages = defineMessages(
  {
    'nav.audit': '审计日志',
    'audit.title': '审计日志',
    'audit.intro':
      '每条事件都与前一条以哈希相连，任何修改、删除或插入都能被校验发现。审计日志只能查看和导出，任何人都不能修改。',
    'audit.introOffice':
      '督查室可查看业务数据的操作记录；账号、会话、设置与日志本身的记录由审计管理员查看。',
    'audit.dates': '日期',
    'audit.actor': '操作人',
    'audit.action': '操作',
    'audit.entity': '对象',
    'audit.entityId': '对象编号',
    'audit.search': '查询',
    'audit.clear': '清除条件',
    'audit.at': '时间',
    'audit.address': '地址',
    'audit.seq': '序号',
    'audit.before': '修改前',
    'audit.after': '修改后',
    'audit.page': '第{n}页',
    'audit.prev': '上一页',
    'audit.next': '下一页',
    'audit.verify': '校验哈希链',
    'audit.verifyOk': '哈希链完整：校验了{n}条事件（{algorithms}），最新事件 #{seq}',
    'audit.verifyHead': '请将最新事件的哈希记录在系统之外，以便发现整条日志被改写：{hash}',
    'audit.verifyBroken': '哈希链已被破坏：共发现{n}处问题',
    'audit.firstProblem': '第一处：事件 #{seq}，{message}',
    'audit.export': '导出给测评人员（JSON Lines）',
    'audit.exportHint':
      '导出当前日期范围内的事件及其哈希，可用 minsheng audit verify --file 离线校验。',
  },
  {
    'nav.audit': 'Audit log',
    'audit.title': 'Audit log',
    'audit.intro':
      'Each event is chained to the one before by a hash, so any edit, deletion or insertion is found by verification. The log can be read and exported; no one can change it.',
    'audit.introOffice':
      'The office reads the trail of the business data; accounts, sessions, settings and the log itself are the auditor’s.',
    'audit.dates': 'Dates',
    'audit.actor': 'Who',
    'audit.action': 'Action',
    'audit.entity': 'Entity',
    'audit.entityId': 'Entity id',
    'audit.search': 'Search',
    'audit.clear': 'Clear',
    'audit.at': 'When',
    'audit.address': 'Address',
    'audit.seq': 'No.',
    'audit.before': 'Before',
    'audit.after': 'After',
    'audit.page': 'Page {n}',
    'audit.prev': 'Previous',
    'audit.next': 'Next',
    'audit.verify': 'Verify the chain',
    'audit.verifyOk': 'The chain holds: {n} events checked ({algorithms}), newest #{seq}',
    'audit.verifyHead':
      'Record the newest event’s hash outside the system, to catch a rewritten log: {hash}',
    'audit.verifyBroken': 'The chain is broken: {n} problems found',
    'audit.firstProblem': 'First: event #{seq}, {message}',
    'audit.export': 'Export for the assessor (JSON Lines)',
    'audit.exportHint':
      'Exports the events of the chosen dates with their hashes; `minsheng audit verify --file` checks them offline.',
  },
);
