import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportDocx } from './docx.ts';

async function parts(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const footerName =
    Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
  return {
    document: await read('word/document.xml'),
    fonts: await read('word/fontTable.xml'),
    footer: await read(footerName),
  };
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('exportDocx', () => {
  const doc = buildPlanDocument();

  it('lays out A4 landscape: portrait size swapped by the library, orientation landscape', async () => {
    const { document } = await parts(await exportDocx(doc));
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('prints heading, title and count line above the table', async () => {
    const { document } = await parts(await exportDocx(doc, { attachmentLabel: '附件4' }));
    const before = document.slice(0, document.indexOf('<w:tbl>'));
    expect(before).toContain('>附件4<');
    expect(before).toContain('>2020年市十件民生实事1-9月进展情况汇总表<');
    expect(before).toContain('>（共6项）<');
  });

  it('repeats the header row and merges category cells vertically', async () => {
    const { document } = await parts(await exportDocx(doc));
    expect(count(document, /<w:tblHeader\/>/)).toBe(1);
    // Three categories of two items each: one restart and one continue each.
    expect(count(document, /<w:vMerge w:val="restart"\/>/)).toBe(3);
    expect(count(document, /<w:vMerge w:val="continue"\/>/)).toBe(3);
    expect(count(document, /<w:gridCol /)).toBe(7);
  });

  it('writes units and persons one per paragraph so lines pair up, progress points one per paragraph', async () => {
    const { document } = await parts(await exportDocx(doc));
    expect(document).toMatch(/>市卫生健康局<\/w:t>.*?<\/w:p><w:p>.*?>市政务服务数据管理局</);
    expect(document).toMatch(/>按进度完成。<\/w:t>.*?<\/w:p><w:p>.*?>（1）建设和改造6家/);
  });

  it('names the official fonts and sizes, with substitutes in the font table', async () => {
    const { document, fonts } = await parts(await exportDocx(doc));
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:eastAsia="黑体"');
    expect(document).toMatch(/w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/);
    expect(document).toContain('<w:sz w:val="24"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('puts a page number field in the footer', async () => {
    const { footer } = await parts(await exportDocx(doc));
    expect(footer).toMatch(/PAGE/);
  });

  it('adds the assessment columns on request', async () => {
    const { document } = await parts(await exportDocx(doc, { assessment: true }));
    expect(count(document, /<w:gridCol /)).toBe(10);
    // Item 5's 6 of 12 bridges at 74.9% of the year: core calls it 滞后, not 严重滞后.
    for (const text of ['完成率', '评估', '50%', '74.9%', '滞后', '无法评估'])
      expect(document).toContain(`>${text}<`);
    expect(document).not.toContain('>严重滞后<');
  });
});
