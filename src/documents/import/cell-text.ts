/** Cell text as a Grid holds it, whatever the source: "\n" between lines, no trailing blanks. */
export function normaliseCellText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
