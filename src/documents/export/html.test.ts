import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportHtml } from './html.ts';

describe('exportHtml', () => {
  it('is a zh-CN page printing A4 landscape with the header repeated', () => {
    const html = exportHtml(buildPlanDocument(), { attachmentLabel: '附件4' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('<thead><tr><th>大类</th>');
    expect(html).toContain('<h1>2020年市十件民生实事1-9月进展情况汇总表</h1>');
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('spans each category cell over its items with rowspan', () => {
    const html = exportHtml(buildPlanDocument());
    expect(html).toContain('<td rowspan="2">一、提高医疗卫生服务水平</td>');
    expect(html.match(/rowspan=/g)).toHaveLength(3);
    expect(html.match(/<tr>/g)).toHaveLength(1 + 6);
  });

  it('escapes text', () => {
    const doc = buildPlanDocument();
    const first = doc.items[0];
    if (first) first.task = '<script>alert(1)</script> & "x"';
    expect(exportHtml(doc)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});
