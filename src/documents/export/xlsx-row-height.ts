/**
 * Row heights for wrapped text. Neither ExcelJS nor LibreOffice fits a row to wrapped text when
 * the file is opened, so without a height each item row keeps one line and its text is cut off
 * (seen when rendering with LibreOffice). The estimate errs on the tall side.
 */

/** Width of one character in Excel column units (the width of "0" in the default 11pt font). */
function charUnits(char: string, fontSize: number): number {
  const wide =
    /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      char,
    );
  return ((wide ? 2.3 : 1.2) * fontSize) / 12;
}

function lineCount(text: string, columnWidth: number, fontSize: number): number {
  const usable = Math.max(columnWidth - 1, 1); // cell padding
  return text.split('\n').reduce((count, paragraph) => {
    const units = [...paragraph].reduce((sum, char) => sum + charUnits(char, fontSize), 0);
    return count + Math.max(1, Math.ceil(units / usable));
  }, 0);
}

/** Points: the tallest cell's lines at 1.3 × the font size, plus padding. */
export function estimateRowHeight(values: string[], widths: number[], fontSize: number): number {
  const lines = Math.max(
    1,
    ...values.map((value, i) => lineCount(value, widths[i] ?? 10, fontSize)),
  );
  return Math.ceil(lines * fontSize * 1.3 + 6);
}
