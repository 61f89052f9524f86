import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportCsv, neutraliseFormula } from './csv.ts';

describe('exportCsv', () => {
  it('starts with a UTF-8 BOM, the heading lines, then the seven column names, CRLF between records', () => {
    const doc = buildPlanDocument();
    const text = exportCsv(doc, { attachmentLabel: '附件4' }).toString('utf8');
    const heading = `\uFEFF附件4\r\n${doc.plan.title}\r\n（共${doc.items.length}项）\r\n`;
    expect(
      text.startsWith(`${heading}大类,序号,工作任务,分管市领导,责任单位,责任人,进展情况\r\n`),
    ).toBe(true);
  });

  it('quotes multi-line cells and doubles quotes (RFC 4180)', () => {
    const doc = buildPlanDocument();
    const first = doc.items[0];
    if (first) first.task = '推进"两癌"筛查, 覆盖全市';
    const text = exportCsv(doc).toString('utf8');
    expect(text).toContain('"推进""两癌""筛查, 覆盖全市"');
    expect(text).toContain('"市卫生健康局\n市政务服务数据管理局\n市妇联"');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(
      ['=1+1', '+86 750', '-5%', '@SUM(A1)', '\tx', '\rx', '按进度完成'].map(neutraliseFormula),
    ).toEqual(["'=1+1", "'+86 750", "'-5%", "'@SUM(A1)", "'\tx", "'\rx", '按进度完成']);
    const doc = buildPlanDocument();
    const first = doc.items[0];
    if (first) {
      first.task = '=HYPERLINK("http://evil.example","点击")';
      first.leaders = ['@张三'];
    }
    const text = exportCsv(doc).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")"`);
    expect(text).toContain(",'@张三,");
  });
});
