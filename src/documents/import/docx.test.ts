import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportDocx } from '../export/docx.ts';
import { expectedItemCells } from '../testing/expected-grid.ts';
import { minimalDocx, p, tbl, tc, tr } from '../testing/ooxml-fixtures.ts';
import { importDocx } from './docx.ts';

describe('importDocx', () => {
  it('reads back what exportDocx wrote (round trip at the Grid level)', async () => {
    const doc = buildPlanDocument();
    for (const assessment of [false, true]) {
      const grid = await importDocx(
        await exportDocx(doc, { attachmentLabel: '附件4', assessment }),
      );
      expect(grid.headingLines).toEqual([
        '附件4',
        '2020年市十件民生实事1-9月进展情况汇总表',
        '（共6项）',
      ]);
      expect(grid.rows[0]?.cells.map((c) => c.text)).toEqual([
        '大类',
        '序号',
        '工作任务',
        '分管\n市领导',
        '责任单位',
        '责任人',
        '进展情况',
        ...(assessment ? ['完成率', '序时\n进度', '评估'] : []),
      ]);
      expect(grid.rows.slice(1).map((row) => row.cells)).toEqual(
        expectedItemCells(doc, { assessment, mergedCategories: true }),
      );
      expect(grid.rows.every((row) => row.missingBefore === 0)).toBe(true);
    }
  });

  it('maps w:gridBefore to missingBefore and honours w:gridSpan', async () => {
    const bytes = await minimalDocx(
      tbl(4, [
        tr([tc('大类'), tc('序号'), tc('工作任务'), tc('进展情况')]),
        tr([tc('十'), tc('19'), tc('任务甲', '<w:gridSpan w:val="2"/>')]),
        tr([tc('任务乙'), tc('已完成。')], '<w:gridBefore w:val="2"/>'),
      ]),
    );
    const grid = await importDocx(bytes);
    expect(grid.rows[1]?.cells).toEqual([
      { text: '十' },
      { text: '19' },
      { text: '任务甲' },
      { text: '' },
    ]);
    expect(grid.rows[2]).toEqual({
      cells: [{ text: '任务乙' }, { text: '已完成。' }],
      missingBefore: 2,
      line: 3,
    });
  });

  it('marks vMerge continuations (also the bare <w:vMerge/> WPS writes) with the master text', async () => {
    const bytes = await minimalDocx(
      tbl(2, [
        tr([tc('一、提高\n医疗卫生服务水平', '<w:vMerge w:val="restart"/>'), tc('1')]),
        tr([tc('', '<w:vMerge/>'), tc('2')]),
        tr([tc('', '<w:vMerge w:val="continue"/>'), tc('3')]),
      ]),
    );
    const grid = await importDocx(bytes);
    expect(grid.rows.map((row) => row.cells[0])).toEqual([
      { text: '一、提高\n医疗卫生服务水平' },
      { text: '一、提高\n医疗卫生服务水平', merged: true },
      { text: '一、提高\n医疗卫生服务水平', merged: true },
    ]);
  });

  it('appends a table continued after a page break, dropping its repeated header row', async () => {
    const header = tr([tc('序号'), tc('工作任务'), tc('进展情况')]);
    const bytes = await minimalDocx(
      [
        p('附件4'),
        p('2020年市十件民生实事进展情况汇总表'),
        tbl(3, [header, tr([tc('1'), tc('甲'), tc('（1）…')])]),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        tbl(3, [header, tr([tc('21'), tc('乙'), tc('（5）…')])]),
        p('注：本表由市政府督查室汇总。'),
      ].join(''),
    );
    const grid = await importDocx(bytes);
    expect(grid.headingLines).toEqual(['附件4', '2020年市十件民生实事进展情况汇总表']);
    expect(grid.rows.map((row) => row.cells[0]?.text)).toEqual(['序号', '1', '21']);
  });

  it('reads text through content controls, keeps line breaks and tabs, skips deleted text', async () => {
    const cell =
      '<w:tc><w:p><w:sdt><w:sdtContent><w:r><w:t>按进度</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>完成。</w:t><w:br/><w:t>（1）甲&amp;乙</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p></w:tc>';
    const grid = await importDocx(await minimalDocx(tbl(1, [`<w:tr>${cell}</w:tr>`])));
    expect(grid.rows[0]?.cells[0]?.text).toBe('按进度完成。\n（1）甲&乙');
  });

  it('finds the main part through the package relationships (Word for the web: document2.xml)', async () => {
    const zip = await JSZip.loadAsync(await minimalDocx(tbl(1, [tr([tc('序号')])])));
    zip.file('word/document2.xml', (await zip.file('word/document.xml')?.async('string')) ?? '');
    zip.remove('word/document.xml');
    zip.file(
      '_rels/.rels',
      ((await zip.file('_rels/.rels')?.async('string')) ?? '').replace(
        'word/document.xml',
        '/word/document2.xml',
      ),
    );
    const grid = await importDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(grid.rows[0]?.cells[0]?.text).toBe('序号');
  });

  it('refuses a document without a table', async () => {
    await expect(importDocx(await minimalDocx(p('只有文字')))).rejects.toMatchObject({
      code: 'no_table',
    });
  });
});
