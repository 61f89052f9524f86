/**
 * `minsheng circular <file> [--previous <file>] -o OUT.docx`: the period's circular (通报) as a
 * Word draft; with the previous period's table it also says what changed.
 */
import { writeFile } from 'node:fs/promises';
import { draftCircular } from '../../core/circular/draft-circular.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import { exportCircularDocx } from '../../documents/export/circular-docx.ts';
import { parseCommandArgs } from '../args.ts';
import { loadPlan } from '../load-plan.ts';
import { UsageError } from '../usage-error.ts';

export async function runCircular(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { previous: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new UsageError('需要一个表格文件', 'one table file expected');
  if (!values.output) throw new UsageError('需要 -o 输出文件', '-o OUT is required');
  const current = buildPlanDocument(await loadPlan(file));
  const previous = values.previous ? buildPlanDocument(await loadPlan(values.previous)) : null;
  await writeFile(values.output, await exportCircularDocx(draftCircular(current, previous)));
  process.stderr.write(`${values.output}\n`);
  return 0;
}
