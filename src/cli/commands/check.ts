/** `minsheng check <file>`: read a table, judge it, print the report or the plan document. */
import { buildPlanDocument } from '../../core/read-plan.ts';
import { isIsoDate } from '../../core/text/dates.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import type { Lang } from '../i18n.ts';
import { loadPlan } from '../load-plan.ts';
import { renderCheck } from '../render-check.ts';
import { UsageError } from '../usage-error.ts';

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      'no-color': { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw refuse.noTable();
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw refuse.asOf(asOf);
  if (values.lang !== 'zh' && values.lang !== 'en')
    throw new UsageError(
      `--lang 只能是 zh 或 en：${values.lang}`,
      `--lang is zh or en: ${values.lang}`,
    );
  const lang: Lang = values.lang;

  const reading = await loadPlan(file, asOf ? Number(asOf.slice(0, 4)) : undefined);
  const doc = buildPlanDocument(reading, asOf);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const color = !values['no-color'] && process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(renderCheck(doc, { lang, color }));
  }
  return 0;
}
