/**
 * Exports the summary table as a self-contained print view: one HTML page (zh-CN, styles
 * inline, no scripts) that prints on A4 landscape with the header row repeated on every page.
 */
import type { PlanDocument } from '../../core/plan-document.ts';
import {
  buildSummaryTable,
  type ExportOptions,
  type SummaryRow,
  type SummaryTable,
} from './summary-table.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Lines as separate blocks, so units and persons stay paired line by line. */
function lines(values: string[], tag = 'div'): string {
  return values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');
}

const STYLE = `
@page { size: A4 landscape; margin: 15mm 15mm 18mm; }
body { font-family: "仿宋_GB2312", FangSong, "Noto Serif CJK SC", serif; font-size: 12pt; margin: 0; }
.heading { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 16pt; }
h1 { font-family: "方正小标宋简体", "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; margin: 0.3em 0; }
.count { text-align: center; font-size: 16pt; margin: 0 0 0.5em; }
.note { font-size: 10.5pt; margin: 0.4em 0 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
th { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; text-align: center; }
td.text { text-align: justify; }
td p { margin: 0; }
tr { break-inside: auto; }
`;

const COLUMN_WIDTHS: Record<string, string> = {
  大类: '8%',
  序号: '4%',
  工作任务: '22%',
  分管市领导: '7%',
  责任单位: '16%',
  责任人: '7%',
  进展情况: '',
  完成率: '6%',
  序时进度: '6%',
  评估: '6%',
};

function itemCells(row: SummaryRow, table: SummaryTable): string {
  const cells = [
    `<td>${escapeHtml(row.no)}</td>`,
    `<td class="text">${escapeHtml(row.task)}</td>`,
    `<td>${lines(row.leaders)}</td>`,
    `<td>${lines(row.units)}</td>`,
    `<td>${lines(row.persons.map((p) => p || '\u00a0'))}</td>`,
    `<td class="text">${lines(row.progress, 'p')}</td>`,
  ];
  if (table.assessment) {
    cells.push(
      `<td>${escapeHtml(row.completion)}</td>`,
      `<td>${escapeHtml(row.expected)}</td>`,
      `<td>${escapeHtml(row.assessment)}</td>`,
    );
  }
  return cells.join('');
}

function body(table: SummaryTable): string {
  return table.groups
    .flatMap((group) =>
      group.rows.map((row, index) => {
        const category =
          index === 0
            ? `<td rowspan="${group.rows.length}">${escapeHtml(group.category)}</td>`
            : '';
        return `<tr>${category}${itemCells(row, table)}</tr>`;
      }),
    )
    .join('\n');
}

/** The plan's summary table as a printable HTML page. */
export function exportHtml(doc: PlanDocument, options: ExportOptions = {}): string {
  const table = buildSummaryTable(doc, options);
  const cols = table.columns
    .map((name) => `<col${COLUMN_WIDTHS[name] ? ` style="width:${COLUMN_WIDTHS[name]}"` : ''}>`)
    .join('');
  const header = table.columns.map((name) => `<th>${escapeHtml(name)}</th>`).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(table.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${table.heading ? `<div class="heading">${escapeHtml(table.heading)}</div>` : ''}
<h1>${escapeHtml(table.title)}</h1>
<p class="count">${escapeHtml(table.countLine)}</p>
<table>
<colgroup>${cols}</colgroup>
<thead><tr>${header}</tr></thead>
<tbody>
${body(table)}
</tbody>
</table>
${table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}
</body>
</html>
`;
}
