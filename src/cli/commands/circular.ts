/**
 * `minsheng circular <file> [--previous <file>] -o OUT.docx`: the period's circular (通报) as a
 * Word draft; with the previous period's table it also says what changed.
 */
import { writeFile } from 'node:fs/promises';
import { draftCircular } from '../../core/circular/draft-circular.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import { exportCircularDocx } from '../../documents/export/circular-docx.ts';
import { planIdentity, UNNAMED_JURISDICTION } from '../../server/services/plan-identity.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import { InputError } from '../input-error.ts';
import { loadPlan } from '../load-plan.ts';

/**
 * "What changed" compares items by number: only the same plan's earlier period gives it a
 * meaning. Another city's or year's table would yield confident nonsense, so it is refused.
 */
function checkPrevious(current: PlanDocument, previous: PlanDocument): void {
  const now = planIdentity(current.plan);
  const before = planIdentity(previous.plan);
  if (before.year !== now.year)
    throw new InputError(
      `--previous 的表格是${before.year}年的，本期是${now.year}年的：只能与同一年的上一期比较`,
      `the --previous table is of ${before.year}, this one of ${now.year}: compare with the same year's earlier period`,
    );
  const named = (j: string) => j !== UNNAMED_JURISDICTION;
  if (
    named(before.jurisdiction) &&
    named(now.jurisdiction) &&
    before.jurisdiction !== now.jurisdiction
  )
    throw new InputError(
      `--previous 的表格是${before.jurisdiction}的，本期是${now.jurisdiction}的：只能与同一地方的上一期比较`,
      `the --previous table is of ${before.jurisdiction}, this one of ${now.jurisdiction}: compare with the same place's earlier period`,
    );
  if (previous.plan.asOf >= current.plan.asOf)
    throw new InputError(
      `--previous 的表格截至${previous.plan.asOf}，不早于本期（截至${current.plan.asOf}）`,
      `the --previous table runs to ${previous.plan.asOf}, not before this one (to ${current.plan.asOf})`,
    );
}

export async function runCircular(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { previous: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw refuse.noTable();
  if (!values.output) throw refuse.noOutput();
  const current = buildPlanDocument(await loadPlan(file));
  const previous = values.previous ? buildPlanDocument(await loadPlan(values.previous)) : null;
  if (previous) checkPrevious(current, previous);
  await writeFile(values.output, await exportCircularDocx(draftCircular(current, previous)));
  process.stderr.write(`${values.output}\n`);
  return 0;
}
