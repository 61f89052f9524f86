/** Words of the deputies' year on the public site: proposals, tracking, the vote, the rating. */
import { defineWords } from './words.ts';

export const pw = defineWords({
  newTitle: { zh: '民生实事建议征集', en: 'Propose a livelihood commitment' },
  intro: {
    zh: '请告诉我们明年最需要办的民生实事。建议经筛选后，由人大代表票决确定。提交后您会得到一个查询编号，凭编号可随时查看建议的办理结果。',
    en: 'Tell us which livelihood project the city should take on. Proposals are screened and the deputies vote on the candidates. You get a tracking number to follow yours.',
  },
  window: { zh: '征集时间：{from}至{to}', en: 'Proposals are collected from {from} to {to}' },
  closed: {
    zh: '目前不在建议征集期内。征集期开始后即可在此提交建议。',
    en: 'Proposals are not being collected now. Come back when the collection opens.',
  },
  title: { zh: '建议题目', en: 'Title' },
  titleHint: {
    zh: '一句话概括，最多{max}字，如“增设社区老年食堂”。',
    en: 'One line, at most {max} characters.',
  },
  body: { zh: '建议内容', en: 'Your proposal' },
  bodyHint: {
    zh: '要解决什么问题、建议怎么办，最多{max}字。请勿填写身份证号、住址等个人信息。',
    en: 'What is the problem and what should be done, at most {max} characters. No ID numbers or home addresses, please.',
  },
  place: { zh: '实施地点（选填）', en: 'Place (optional)' },
  contact: { zh: '联系方式（选填）', en: 'Contact (optional)' },
  contactHint: {
    zh: '手机号码或电子邮箱，仅用于告知办理结果，不会公开。',
    en: 'A phone number or e-mail address, only to tell you the outcome; never published.',
  },
  submit: { zh: '提交建议', en: 'Send the proposal' },
  problem: { zh: '请修改以下问题', en: 'There is a problem' },
  trackTitle: { zh: '建议办理结果查询', en: 'What happened to my proposal' },
  trackIntro: {
    zh: '请输入提交建议时得到的查询编号（如 P2026-7K3Q9XMD）。',
    en: 'Enter the tracking number you were given (such as P2026-7K3Q9XMD).',
  },
  trackNumber: { zh: '查询编号', en: 'Tracking number' },
  trackSubmit: { zh: '查询', en: 'Look up' },
  notFound: {
    zh: '没有找到这个编号的建议，请核对后重试。',
    en: 'No proposal has this tracking number; check it and try again.',
  },
  received: { zh: '建议已收到', en: 'Proposal received' },
  keepNumber: {
    zh: '请记下您的查询编号，凭编号可查看建议的办理结果：',
    en: 'Keep your tracking number to follow the proposal:',
  },
  receivedOn: { zh: '提交日期', en: 'Received' },
  outcome: { zh: '办理结果', en: 'Outcome' },
  reason: { zh: '理由', en: 'Reason' },
  ground: { zh: '不予采纳依据', en: 'Ground' },
  mergedInto: { zh: '归并为候选项目', en: 'Merged into the candidate' },
  mergedCount: { zh: '（共{n}条相同建议）', en: ' ({n} proposals alike)' },
  votes: { zh: '票决得票', en: 'Votes in the deputies’ vote' },
  planItem: { zh: '计划事项', en: 'Plan item' },
  seeItem: { zh: '查看进展', en: 'See its progress' },
  voteTitle: { zh: '人大代表票决结果', en: 'Result of the deputies’ vote' },
  voteFacts: {
    zh: '应到代表{electorate}人，投票{cast}张，其中弃权{abstain}张；从{candidates}个候选项目中选出{seats}项。',
    en: '{electorate} deputies entitled, {cast} ballots cast, {abstain} abstentions; {seats} chosen from {candidates} candidates.',
  },
  rank: { zh: '名次', en: 'Rank' },
  candidate: { zh: '候选项目', en: 'Candidate' },
  voteCount: { zh: '得票', en: 'Votes' },
  electedMark: { zh: '当选', en: 'Chosen' },
  notElectedMark: { zh: '未当选', en: 'Not chosen' },
  recount: {
    zh: '计票结果由全部选票重新计算得出，选票明细（不含投票人）可从开放数据下载核对。',
    en: 'The tally is recomputed from every ballot; the ballots (without voters) can be downloaded to check it.',
  },
  ratingTitle: { zh: '人大代表满意度测评结果', en: 'The deputies’ satisfaction rating' },
  ratingRule: {
    zh: '“满意”与“基本满意”合计超过{percent}%为通过。',
    en: 'An item passes with more than {percent}% 满意 and 基本满意 together.',
  },
  item: { zh: '事项', en: 'Item' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Basically satisfied' },
  unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
  passed: { zh: '通过', en: 'Passed' },
  failed: { zh: '未通过', en: 'Not passed' },
  result: { zh: '结果', en: 'Result' },
});
