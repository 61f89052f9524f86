/**
 * `minsheng export --format F [-o OUT]` without a file: the summary table of a stored plan and
 * period, in any format (JSON to stdout when no -o is given).
 */
import { writeFile } from 'node:fs/promises';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  renderPlan,
} from '../../documents/export/render-plan.ts';
import { SYSTEM } from '../../server/policies/actor.ts';
import { listPlans } from '../../server/repositories/plan.repository.ts';
import { exportPlanDocument } from '../../server/services/export.service.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import { InputError } from '../input-error.ts';
import { UsageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

const positiveInt = (value: string | undefined, flag: string) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(
      `${flag} 需要正整数：${value}`,
      `${flag} needs a positive integer: ${value}`,
    );
  return n;
};

export async function runExportFromDatabase(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      output: { type: 'string', short: 'o' },
      assessment: { type: 'boolean', default: false },
      attachment: { type: 'string' },
      plan: { type: 'string' },
      period: { type: 'string' },
      db: { type: 'string' },
    },
  });
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw refuse.format(EXPORT_FORMATS, format);
  if (format !== 'json' && !values.output)
    throw new UsageError(`${format} 需要 -o 输出文件`, `${format} needs -o OUT`);
  return withStore(values.db, async (store) => {
    // Without --plan: the newest plan (listPlans orders by year, newest first).
    const planId = positiveInt(values.plan, '--plan') ?? (await listPlans(store.db))[0]?.id;
    if (planId === undefined)
      throw new InputError('数据库中没有计划', 'The database holds no plan');
    const doc = await exportPlanDocument(
      store.db,
      SYSTEM,
      planId,
      positiveInt(values.period, '--period'),
    );
    const bytes = await renderPlan(doc, format, {
      assessment: values.assessment,
      attachmentLabel: values.attachment ?? null,
    });
    if (values.output) await writeFile(values.output, bytes);
    else process.stdout.write(bytes);
    return 0;
  });
}
