/**
 * Finds the table's header row among a spreadsheet's or CSV's rows, so the lines above it (附件4,
 * the title, 共N项) become heading lines and the rest the table. Column names vary by city:
 * 大类/类别, 工作任务/项目名称/目标任务, 分管市领导/责任领导, 责任单位/牵头单位, 进展情况/完成情况.
 */
const HEADER_WORDS = [
  '大类',
  '类别',
  '序号',
  '工作任务',
  '项目名称',
  '目标任务',
  '分管市领导',
  '分管领导',
  '责任领导',
  '责任单位',
  '牵头单位',
  '责任人',
  '进展情况',
  '完成情况',
];

/** A header row has at least three cells naming a known column ("分管\n市领导" included). */
export function isHeaderRow(texts: string[]): boolean {
  const named = texts.filter((text) => {
    const compact = text.replace(/\s/g, '');
    return compact.length <= 12 && HEADER_WORDS.some((word) => compact.includes(word));
  });
  return named.length >= 3;
}

/** Index of the header row among the first rows, or -1 when none looks like one. */
export function findHeaderRow(rows: string[][], scan = 30): number {
  return rows.slice(0, scan).findIndex(isHeaderRow);
}

/** Heading lines from the rows above the header: each distinct non-empty line, in order. */
export function headingLinesOf(rows: string[][]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    for (const text of row) {
      for (const line of text.split('\n')) {
        const trimmed = line.trim();
        if (trimmed && lines.at(-1) !== trimmed) lines.push(trimmed);
      }
    }
  }
  return lines;
}
