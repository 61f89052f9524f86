/** `minsheng import <file> [--dry-run]`: stores a progress table in the database. */
import { SYSTEM } from '../../server/policies/actor.ts';
import { importReading } from '../../server/services/import.service.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import { loadPlan } from '../load-plan.ts';
import { withStore } from '../with-store.ts';

export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      jurisdiction: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw refuse.noTable();
  const reading = await loadPlan(file);
  return withStore(values.db, async (store) => {
    const s = await importReading(store.db, reading, {
      actor: SYSTEM,
      dryRun: values['dry-run'],
      state: values.publish ? 'published' : 'approved',
      jurisdiction: values.jurisdiction,
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    const head = s.dryRun ? '试运行，未写入 / dry run, nothing written' : '已导入 / imported';
    process.stdout.write(
      `${head}: ${s.plan.jurisdiction} ${s.plan.title} (${s.plan.created ? '新计划 / new plan' : `计划 / plan #${s.plan.id}`}), ${s.period.label}\n` +
        `  事项 / items: +${s.items.created} new, ${s.items.matched} matched; 进展 / reports: +${s.reports.created}; ` +
        `单位 / units: +${s.units.created}; 领导 / leaders: +${s.leaders.created}; 提示 / warnings: ${s.warnings}\n`,
    );
    return 0;
  });
}
