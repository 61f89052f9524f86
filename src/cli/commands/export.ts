/**
 * `minsheng export <file> --format docx|xlsx|csv|json|html|pdf -o OUT`: the official summary
 * table (进展情况汇总表) of a table file, in the format an office needs.
 */
import { writeFile } from 'node:fs/promises';
import { buildPlanDocument } from '../../core/read-plan.ts';
import { isIsoDate } from '../../core/text/dates.ts';
import { DocumentError } from '../../documents/document-error.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  renderPlan,
} from '../../documents/export/render-plan.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import { InputError } from '../input-error.ts';
import { loadPlan } from '../load-plan.ts';

export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      assessment: { type: 'boolean', default: false },
      attachment: { type: 'string' },
      'as-of': { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  const format = values.format as ExportFormat | undefined;
  if (!file || extra.length > 0) throw refuse.noTable();
  if (!format || !EXPORT_FORMATS.includes(format)) throw refuse.format(EXPORT_FORMATS, format);
  if (!values.output) throw refuse.noOutput();
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw refuse.asOf(asOf);
  const doc = buildPlanDocument(await loadPlan(file), asOf);
  try {
    const bytes = await renderPlan(doc, format, {
      assessment: values.assessment,
      attachmentLabel: values.attachment ?? null,
    });
    await writeFile(values.output, bytes);
  } catch (error) {
    if (error instanceof DocumentError) throw new InputError(error.message, error.messageEn);
    throw error;
  }
  process.stderr.write(`${values.output}（${format}，${doc.items.length}项）\n`);
  return 0;
}
